"""Deterministic synthetic catalogue data at scale: Chinese titles, authors, publishers, CLC classes, ISBNs."""

from __future__ import annotations

import csv
import random
from pathlib import Path

from stdnum import ean

WORDS = (
    "中国 工人 运动 历史 文学 技术 安全 健康 管理 经济 社会 文化 教育 法律 劳动 工会 城市 乡村 "
    "交通 建筑 机械 电气 化学 生物 医学 心理 家庭 儿童 青年 老年 妇女 职业 技能 培训 创业 服务 "
    "快递 物流 餐饮 环境 能源 农业 水利 气象 地理 旅游 体育 音乐 美术 摄影 书法 诗歌 小说 散文 "
    "故事 传记 哲学 思想 理论 实践 改革 发展 创新 科学 数学 物理 计算机 网络 数据 智能 信息 通信 "
    "电子 汽车 道路 桥梁 铁路 航空 海洋 森林 江苏 盐城 长江 黄河 春天 夏日 秋风 冬雪"
).split()
SUFFIXES = (
    "研究", "概论", "手册", "教程", "文集", "读本", "简史", "指南", "问答", "讲义", "新论", "（上）", "（下）", "",
)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰海波斌宁晨凯浩鹏飞琴燕云"
PUBLISHERS = tuple(
    f"{p}出版社" for p in (
        "人民", "人民文学", "中国工人", "人民邮电", "机械工业", "清华大学", "北京大学", "科学", "中华书局",
        "商务印书馆", "江苏人民", "江苏凤凰文艺", "上海译文", "作家", "法律", "人民卫生", "化学工业", "电子工业",
        "高等教育", "译林",
    )
)
CLASSES = (
    "A41", "B222.2", "B84", "C912.8", "D412.6", "D412.9", "D922.5", "D922.56", "F272", "F618.1", "G252", "G624.2",
    "H195", "I207.2", "I242.4", "I246.5", "I247.5", "I247.57", "I266", "I287.45", "I712.45", "J292.1", "K204.2",
    "K295.33", "K825.4", "O13", "P4", "Q95", "R161", "R459.7", "S5", "TM7", "TP311.561", "TP312", "TS972.12",
    "U463", "U484.07", "X924", "Z228",
)


def _isbn(rng: random.Random) -> str:
    body = f"9787{rng.randrange(0, 10**8):08d}"
    return body + ean.calc_check_digit(body)


def write_books_csv(path: Path, *, rows: int, seed: int, start: int = 0) -> None:
    """A book list as a librarian's spreadsheet would hold it, with Chinese headers; ~80 % of rows have an ISBN."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["题名", "ISBN", "责任者", "出版社", "出版年", "中图分类号", "册数"])
        for n in range(start, start + rows):
            words = "".join(rng.choice(WORDS) for _ in range(rng.randint(1, 3)))
            title = f"{words}{rng.choice(SUFFIXES)}（{n}）" if n % 5 == 0 else f"{words}{rng.choice(SUFFIXES)}"
            author = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2))) + "著"
            out.writerow([
                title, _isbn(rng) if n % 5 else "", author, rng.choice(PUBLISHERS), str(rng.randint(1980, 2026)),
                rng.choice(CLASSES), "2" if n % 2 else "1",
            ])
