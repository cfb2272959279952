"""Demo books and readers for the reading rooms: titles with 中图法 classes and valid 978-7 ISBNs, readers with
Chinese names from the kinds of units outdoor and front-line workers come from.

The ISBNs are built under real Chinese publisher prefixes with correct check digits, but they are demo numbers:
they are not claimed to be the real ISBNs of these titles. Phone numbers are fictitious.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy.orm import Session
from stdnum import ean

from desktop.core import catalogue, readers
from desktop.core.catalogue import TitleInput
from desktop.core.readers import ReaderInput

# (title, author, CLC class, publisher, ISBN registrant prefix after 978-7-)
TITLES: tuple[tuple[str, str, str, str, str], ...] = (
    ("红楼梦", "曹雪芹，高鹗著", "I242.4", "人民文学出版社", "02"),
    ("三国演义", "罗贯中著", "I242.4", "人民文学出版社", "02"),
    ("水浒传", "施耐庵，罗贯中著", "I242.4", "人民文学出版社", "02"),
    ("西游记", "吴承恩著", "I242.4", "人民文学出版社", "02"),
    ("平凡的世界", "路遥著", "I247.57", "北京十月文艺出版社", "5302"),
    ("活着", "余华著", "I247.57", "作家出版社", "5063"),
    ("人世间", "梁晓声著", "I247.5", "中国青年出版社", "5153"),
    ("白鹿原", "陈忠实著", "I247.5", "人民文学出版社", "02"),
    ("围城", "钱锺书著", "I246.5", "人民文学出版社", "02"),
    ("骆驼祥子", "老舍著", "I246.5", "人民文学出版社", "02"),
    ("朝花夕拾", "鲁迅著", "I210.4", "人民文学出版社", "02"),
    ("边城", "沈从文著", "I246.5", "人民文学出版社", "02"),
    ("中国工人运动史", "中华全国总工会编", "D412.9", "中国工人出版社", "5008"),
    ("工会法律法规汇编", "中国工人出版社编", "D922.56", "中国工人出版社", "5008"),
    ("劳动合同法实用问答", "全国总工会法律部编", "D922.52", "中国工人出版社", "5008"),
    ("职工权益维护指南", "中华全国总工会权益保障部编", "D412.6", "中国工人出版社", "5008"),
    ("快递员职业技能培训教程", "国家邮政局职业技能鉴定指导中心编", "F618.1", "人民交通出版社", "114"),
    ("道路交通安全知识读本", "公安部交通管理局编", "D631.5", "群众出版社", "5014"),
    ("家庭急救手册", "中国红十字会总会编", "R459.7", "人民卫生出版社", "117"),
    ("夏季防暑降温知识", "国家卫生健康委员会编", "R594.1", "人民卫生出版社", "117"),
    ("心理健康自助手册", "中国心理卫生协会编", "R395.6", "人民卫生出版社", "117"),
    ("家常菜谱大全", "王其胜编著", "TS972.12", "中国纺织出版社", "5180"),
    ("电动自行车维修入门", "李明编著", "U484.07", "机械工业出版社", "111"),
    ("Python编程：从入门到实践", "埃里克·马瑟斯著", "TP311.561", "人民邮电出版社", "115"),
    ("史记", "司马迁著", "K204.2", "中华书局", "101"),
    ("万历十五年", "黄仁宇著", "K248.07", "生活·读书·新知三联书店", "108"),
    ("乡土中国", "费孝通著", "C912.82", "人民出版社", "01"),
    ("毛泽东选集 第一卷", "毛泽东著", "A41", "人民出版社", "01"),
    ("习近平谈治国理政 第一卷", "习近平著", "D2-0", "外文出版社", "119"),
    ("中华人民共和国宪法", "全国人民代表大会常务委员会编", "D921.0", "法律出版社", "5197"),
    ("论语译注", "杨伯峻译注", "B222.2", "中华书局", "101"),
    ("苏菲的世界", "乔斯坦·贾德著", "I533.45", "作家出版社", "5063"),
    ("老人与海", "海明威著", "I712.45", "上海译文出版社", "5327"),
    ("钢铁是怎样炼成的", "奥斯特洛夫斯基著", "I512.45", "人民文学出版社", "02"),
    ("时间简史", "史蒂芬·霍金著", "P159-49", "湖南科学技术出版社", "5357"),
    ("草房子", "曹文轩著", "I287.45", "人民文学出版社", "02"),
    ("中国国家地理 江苏卷", "中国国家地理杂志社编", "K925.3", "中国地图出版社", "5031"),
    ("盐城简史", "盐城市地方志办公室编", "K295.33", "江苏人民出版社", "214"),
    ("书法入门", "田英章著", "J292.1", "湖北美术出版社", "5394"),
    ("摄影基础教程", "王明编著", "J41", "人民邮电出版社", "115"),
)

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈单"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰海波斌宁晨凯浩鹏飞琴燕云"
UNITS = (
    "建湖县环境卫生管理处", "顺丰速运建湖营业部", "中通快递建湖分部", "美团外卖建湖站", "饿了么建湖站",
    "建湖县公共交通有限公司", "建湖县城市管理局", "江苏省建湖县人民医院", "建湖县供电公司", "建湖县自来水公司",
    "建湖经济开发区管委会", "建湖县总工会", "中国邮政建湖分公司", "建湖县交警大队", "建湖县建筑安装工程公司",
)


def _isbn(registrant: str, serial: int) -> str:
    body = f"9787{registrant}{serial:0{8 - len(registrant)}d}"[:12]
    return body + ean.calc_check_digit(body)  # an ISBN-13 is an EAN-13


def titles(count: int, rng: random.Random) -> list[tuple[TitleInput, int]]:
    """(title, copies) pairs; past the curated list, further volumes of it (第N册) keep titles distinct."""
    out: list[tuple[TitleInput, int]] = []
    for n in range(count):
        name, author, clc, publisher, registrant = TITLES[n % len(TITLES)]
        volume = n // len(TITLES)
        out.append((TitleInput(
            title=name if volume == 0 else f"{name}（第{volume + 1}册）", author=author, clc=clc,
            publisher=publisher, isbn=_isbn(registrant, 1000 + n * 7), place="北京" if registrant != "214" else "南京",
            year=str(1995 + (n * 3) % 30), price=f"CNY{rng.randint(18, 89)}.00",
        ), rng.choice((1, 1, 2, 2, 3))))
    return out


def reader_entries(count: int, rng: random.Random, room_codes: list[str]) -> list[ReaderInput]:
    entries = []
    for n in range(count):
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
        phone = f"1{rng.choice('3456789')}{rng.randrange(0, 10**9):09d}"
        entries.append(ReaderInput(
            name=name, unit=rng.choice(UNITS), phone=phone if n % 7 else "", site_code=room_codes[n % len(room_codes)],
            reader_type="临时读者" if n % 11 == 0 else "",
        ))
    return entries


def fill(session: Session, n_titles: int, n_readers: int, rng: random.Random, rooms: list[str], *,
         today: dt.date) -> tuple[int, int]:
    """Books in the `rooms` (each title in one or two of them) and registered readers; (copies, readers) made."""
    made = 0
    for n, (entry, copies) in enumerate(titles(n_titles, rng)):
        title = catalogue.add_title(session, entry, today=today)
        for room in rooms[: 1 + n % 2] if n % 3 else [rooms[(n // 3) % len(rooms)]]:
            made += len(catalogue.add_copies(session, title.id, site_code=room, count=copies,
                                             acquired_on=dt.date(2024, 1, 1) + dt.timedelta(days=n * 5),
                                             source="采购" if n % 4 else "捐赠"))
    for entry in reader_entries(n_readers, rng, rooms):
        readers.add_reader(session, entry, today=today)  # dated back before their first loan by the history
    return made, n_readers
