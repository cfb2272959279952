"""The built-in configurable lists and standards a new or upgraded database starts with (migration 0009).

Frozen with that migration: a later change to these lists is a new migration, never an edit here.
"""

from __future__ import annotations

# (vocabulary, key, name_zh, name_en, counted)
TERMS: tuple[tuple[str, str, str, str, bool], ...] = (
    ("station_kind", "outdoor_worker_station", "户外劳动者服务站", "Outdoor workers' station", False),
    ("station_kind", "rider_home", "骑手之家", "Riders' home", False),
    ("station_kind", "trucker_home", "卡友之家", "Truck drivers' home", False),
    ("station_kind", "sanitation_station", "环卫驿站", "Sanitation workers' station", False),
    ("station_kind", "nursing_room", "爱心母婴室", "Nursing room", False),
    ("station_kind", "other", "其他", "Other", False),
    ("facility_kind", "air_conditioner", "空调", "Air conditioner", False),
    ("facility_kind", "fridge", "冰箱", "Fridge", False),
    ("facility_kind", "microwave", "微波炉", "Microwave", False),
    ("facility_kind", "water_dispenser", "饮水机", "Water dispenser", False),
    ("facility_kind", "charging", "充电插座/充电柜", "Charging sockets / locker", False),
    ("facility_kind", "tables_chairs", "桌椅", "Tables and chairs", True),
    ("facility_kind", "wifi", "WiFi", "Wi-Fi", False),
    ("facility_kind", "first_aid_kit", "急救药箱", "First-aid kit", False),
    ("facility_kind", "bookshelf", "书报架", "Book and newspaper rack", False),
    ("facility_kind", "rain_gear", "雨具", "Rain gear", True),
    ("facility_kind", "pump", "打气筒", "Tyre pump", False),
    ("facility_kind", "toilet", "卫生间", "Toilet", False),
    ("facility_kind", "thermometer", "温度计", "Thermometer", False),
    ("facility_kind", "aed", "AED", "AED (defibrillator)", False),
    ("facility_kind", "fire_extinguisher", "灭火器", "Fire extinguisher", True),
    ("facility_kind", "heater", "取暖设备", "Heater", False),
    ("service_category", "ideology", "思想引领", "Ideological guidance", False),
    ("service_category", "skills", "技能培训", "Skills training", False),
    ("service_category", "rights", "维权服务", "Rights help", False),
    ("service_category", "mental_health", "心理健康", "Mental health", False),
    ("service_category", "safety", "安全培训", "Safety training", False),
    ("service_category", "employment", "就业帮扶", "Job help", False),
    ("occupation", "delivery_rider", "外卖骑手", "Delivery rider", False),
    ("occupation", "courier", "快递员", "Courier", False),
    ("occupation", "sanitation_worker", "环卫工人", "Sanitation worker", False),
    ("occupation", "taxi_driver", "出租/网约车司机", "Taxi / ride-hailing driver", False),
    ("occupation", "truck_driver", "货车司机", "Truck driver", False),
    ("occupation", "construction_worker", "建筑工人", "Construction worker", False),
    ("occupation", "traffic_police", "交警", "Traffic police", False),
    ("occupation", "other", "其他", "Other", False),
)

# name: (title, region, description, items); item: (key, label_zh, label_en, required, kinds, needs_all, fact)
Item = tuple[str, str, str, bool, tuple[str, ...], bool, str | None]
STANDARDS: dict[str, tuple[str, str, str, tuple[Item, ...]]] = {
    "6+X": ("上海“6+X”户外职工爱心接力站", "上海", "六项必备设施加若干选配设施。", (
        ("air_conditioner", "空调", "Air conditioner", True, ("air_conditioner",), False, None),
        ("fridge", "冰箱", "Fridge", True, ("fridge",), False, None),
        ("microwave", "微波炉", "Microwave", True, ("microwave",), False, None),
        ("water_dispenser", "饮水机", "Water dispenser", True, ("water_dispenser",), False, None),
        ("charging", "插座/充电", "Sockets / charging", True, ("charging",), False, None),
        ("tables_chairs", "桌椅", "Tables and chairs", True, ("tables_chairs",), False, None),
        ("wifi", "WiFi（选配）", "Wi-Fi (optional)", False, ("wifi",), False, None),
        ("first_aid_kit", "急救药箱（选配）", "First-aid kit (optional)", False, ("first_aid_kit",), False, None),
        ("bookshelf", "书报架（选配）", "Book rack (optional)", False, ("bookshelf",), False, None),
    )),
    "七个一": ("武汉“七个一”标准", "武汉",
                "一处室内场所、一套桌凳、一台微波炉、一台饮水机、一套冷暖设备、一台冰箱、一个药箱。", (
        ("indoor_space", "一处室内场所", "An indoor room", True, (), False, "indoor_space"),
        ("tables_chairs", "一套桌凳", "Tables and stools", True, ("tables_chairs",), False, None),
        ("microwave", "一台微波炉", "A microwave", True, ("microwave",), False, None),
        ("water_dispenser", "一台饮水机", "A water dispenser", True, ("water_dispenser",), False, None),
        ("climate", "一套冷暖设备", "Cooling and heating", True, ("air_conditioner", "heater"), False, None),
        ("fridge", "一台冰箱", "A fridge", True, ("fridge",), False, None),
        ("first_aid_kit", "一个药箱", "A first-aid kit", True, ("first_aid_kit",), False, None),
    )),
    "8个1": ("三亚“8个1”标准", "三亚", "在基本设施之外配备书报架和卫生间。", (
        ("tables_chairs", "一套桌椅", "Tables and chairs", True, ("tables_chairs",), False, None),
        ("microwave", "一台微波炉", "A microwave", True, ("microwave",), False, None),
        ("water_dispenser", "一台饮水机", "A water dispenser", True, ("water_dispenser",), False, None),
        ("air_conditioner", "一台空调", "An air conditioner", True, ("air_conditioner",), False, None),
        ("fridge", "一台冰箱", "A fridge", True, ("fridge",), False, None),
        ("first_aid_kit", "一个药箱", "A first-aid kit", True, ("first_aid_kit",), False, None),
        ("bookshelf", "一个书报架", "A book rack", True, ("bookshelf",), False, None),
        ("toilet", "一个卫生间", "A toilet", True, ("toilet",), False, None),
    )),
    "六有": ("全国工会户外劳动者服务站点“六有”标准", "全国",
             "统一标识名称、合理布局、健全设施、完善功能、规范制度、地图可查。", (
        ("unified_sign", "统一标识名称", "Unified sign and name", True, (), False, "unified_sign"),
        ("reasonable_layout", "合理布局", "Sensible layout", True, (), False, "reasonable_layout"),
        ("facilities", "健全设施", "Complete facilities", True,
         ("air_conditioner", "fridge", "microwave", "water_dispenser", "charging", "tables_chairs"), True, None),
        ("functions", "完善功能", "Complete functions", True, (), False, "functions_complete"),
        ("rules_posted", "规范制度", "Rules in place", True, (), False, "rules_posted"),
        ("on_maps", "地图可查", "Listed on maps", True, (), False, "on_maps"),
    )),
}
