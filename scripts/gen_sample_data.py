#!/usr/bin/env python3
"""Writes the sample statistics data that scb-telemetryd serves (resources/data).

    scripts/gen_sample_data.py            write datasets.csv, adoption.csv, industry.csv
    scripts/gen_sample_data.py --check    regenerate in memory, validate, compare with
                                          the committed files; exit 1 on any difference
    scripts/gen_sample_data.py --out DIR  write elsewhere

Python 3 standard library only and deterministic (fixed seed): the committed CSV
files are exactly this script's output. Rows whose `source` is "synthetic" are
made up for the demo; the few others carry the citation of a figure published
in the March 2024 Guiyang / Gui'an New Area press release (see README.md next
to the files). Nothing made up carries a citation.
"""

import argparse
import csv
import datetime as dt
import io
import math
import os
import random
import re
import sys

SEED = 20240315
AS_OF = dt.date(2024, 6, 30)  # the day the sample data "was exported"
LANDING = "https://data.example.gov.cn/dataset/{}"
SYNTHETIC = "synthetic"
PRESS = "Guiyang / Gui'an New Area press release, March 2024: "

DATASET_COLUMNS = [
    "identifier", "title_zh", "title_en", "description_zh", "description_en", "keywords",
    "publisher", "theme", "level", "license", "access", "formats", "byte_size",
    "record_count", "temporal_start", "temporal_end", "update_frequency", "annotation",
    "issued", "modified", "landing_page", "source",
]
OBSERVATION_COLUMNS = ["series", "period", "category", "value", "unit", "source"]

THEMES = ["tourism", "electricity", "government", "meteorology", "healthcare", "industry",
          "agriculture", "transport", "education", "environment", "finance", "other"]
THEME_CODE = {"tourism": "tour", "electricity": "elec", "government": "gov",
              "meteorology": "met", "healthcare": "health", "industry": "ind",
              "agriculture": "agri", "transport": "trans", "education": "edu",
              "environment": "env", "finance": "fin", "other": "misc"}
FREQUENCIES = {"daily", "weekly", "monthly", "quarterly", "annual", "irregular", "never"}

# ---------------------------------------------------------------------------
# Places. z: name in a Chinese title, zs: short Chinese name (keyword), e: English
# name, body: how an English agency name starts, scale: size relative to the province.
PLACES = {
    "national": dict(z="全国", zs="全国", e="China", body="", level="national", scale=9.0),
    "prov": dict(z="贵州省", zs="贵州", e="Guizhou", body="Guizhou Provincial",
                 level="provincial", scale=1.0),
    "guiyang": dict(z="贵阳市", zs="贵阳", e="Guiyang", body="Guiyang Municipal",
                    level="municipal", scale=0.30),
    "zunyi": dict(z="遵义市", zs="遵义", e="Zunyi", body="Zunyi Municipal",
                  level="municipal", scale=0.20),
    "liupanshui": dict(z="六盘水市", zs="六盘水", e="Liupanshui", body="Liupanshui Municipal",
                       level="municipal", scale=0.09),
    "anshun": dict(z="安顺市", zs="安顺", e="Anshun", body="Anshun Municipal",
                   level="municipal", scale=0.07),
    "bijie": dict(z="毕节市", zs="毕节", e="Bijie", body="Bijie Municipal",
                  level="municipal", scale=0.16),
    "tongren": dict(z="铜仁市", zs="铜仁", e="Tongren", body="Tongren Municipal",
                    level="municipal", scale=0.08),
    "qiandongnan": dict(z="黔东南州", zs="黔东南", e="Qiandongnan",
                        body="Qiandongnan Prefecture", level="municipal", scale=0.10),
    "qiannan": dict(z="黔南州", zs="黔南", e="Qiannan", body="Qiannan Prefecture",
                    level="municipal", scale=0.09),
    "qianxinan": dict(z="黔西南州", zs="黔西南", e="Qianxinan", body="Qianxinan Prefecture",
                      level="municipal", scale=0.08),
    "gui_an": dict(z="贵安新区", zs="贵安", e="Gui'an New Area", body="Gui'an New Area",
                   level="municipal", scale=0.05),
}

# Publishers by kind: national, provincial, and a template for cities and prefectures.
PUBLISHERS = {
    "tour": ("Ministry of Culture and Tourism", "Guizhou Provincial Department of Culture and Tourism",
             "{body} Bureau of Culture and Tourism"),
    "bigdata": (None, "Guizhou Provincial Big Data Development Administration",
                "{body} Big Data Development Administration"),
    "annot": (None, "Gui'an Data Training and Annotation Base", "Gui'an Data Training and Annotation Base"),
    "grid": (None, "China Southern Power Grid Guizhou",
             "China Southern Power Grid Guizhou ({e} Power Supply Bureau)"),
    "energy": ("National Energy Administration", "Guizhou Provincial Energy Administration",
               "{body} Energy Bureau"),
    "govsvc": (None, "Guizhou Provincial Government Affairs Service Center",
               "{body} Government Affairs Service Center"),
    "hotline": (None, "Guizhou 12345 Government Service Hotline Center",
                "{e} 12345 Citizen Hotline Center"),
    "stats": ("National Bureau of Statistics", "Guizhou Provincial Bureau of Statistics",
              "{body} Bureau of Statistics"),
    "findept": (None, "Guizhou Provincial Department of Finance", "{body} Finance Bureau"),
    "market": (None, "Guizhou Provincial Administration for Market Regulation",
               "{body} Administration for Market Regulation"),
    "procure": (None, "Guizhou Public Resources Trading Center",
                "{body} Public Resources Trading Center"),
    "office": (None, "General Office of the Guizhou Provincial People's Government",
               "General Office of the {body} People's Government"),
    "met": ("China Meteorological Administration", "Guizhou Meteorological Bureau",
            "{e} Meteorological Bureau"),
    "health": ("National Health Commission", "Guizhou Provincial Health Commission",
               "{body} Health Commission"),
    "cdc": (None, "Guizhou Center for Disease Control and Prevention", None),
    "medins": (None, "Guizhou Healthcare Security Administration",
               "{body} Healthcare Security Administration"),
    "miit": (None, "Guizhou Provincial Department of Industry and Information Technology",
             "{body} Bureau of Industry and Information Technology"),
    "guian": (None, None, "Gui'an New Area Administrative Committee"),
    "agri": ("Ministry of Agriculture and Rural Affairs",
             "Guizhou Provincial Department of Agriculture and Rural Affairs",
             "{body} Bureau of Agriculture and Rural Affairs"),
    "transport": ("Ministry of Transport", "Guizhou Provincial Department of Transport",
                  "{body} Transport Bureau"),
    "traffic": (None, "Traffic Management Bureau, Guizhou Provincial Public Security Department",
                "{e} Traffic Police Detachment"),
    "metro": (None, None, "Guiyang Urban Rail Transit Co., Ltd."),
    "airport": (None, "Guizhou Airport Group", None),
    "rail": (None, "China Railway Chengdu Group (Guizhou)", None),
    "edu": ("Ministry of Education", "Guizhou Provincial Department of Education",
            "{body} Education Bureau"),
    "exam": (None, "Guizhou Provincial Education Examination Institute", None),
    "env": ("Ministry of Ecology and Environment",
            "Guizhou Provincial Department of Ecology and Environment",
            "{body} Ecology and Environment Bureau"),
    "forest": (None, "Guizhou Provincial Forestry Bureau", None),
    "natres": (None, "Guizhou Provincial Department of Natural Resources",
               "{body} Bureau of Natural Resources and Planning"),
    "pbc": (None, "People's Bank of China Guizhou Branch", "People's Bank of China {e} Branch"),
    "nfra": (None, "National Financial Regulatory Administration Guizhou Office", None),
    "tax": (None, "Guizhou Provincial Tax Service", None),
    "ndrc": (None, "Guizhou Provincial Development and Reform Commission",
             "{body} Development and Reform Commission"),
    "civil": (None, "Guizhou Provincial Department of Civil Affairs", "{body} Civil Affairs Bureau"),
}


def publisher(kind, scope):
    national, provincial, city = PUBLISHERS[kind]
    place = PLACES[scope]
    name = {"national": national, "provincial": provincial}.get(place["level"], city)
    if name is None:
        raise ValueError("no publisher of kind %s for %s" % (kind, scope))
    return name.format(body=place["body"], e=place["e"])


# ---------------------------------------------------------------------------
# Dataset topics. Each topic becomes one dataset per scope; {z}/{e} in the texts
# are the place in Chinese / English, {zs} its short Chinese name.
#
# size: ("series", records a year at provincial scale, bytes a record)
#       ("list", records at provincial scale, bytes a record)   a register
#       ("fixed", records, bytes a record)                      not scaled by place
#       ("runs", records a year, bytes a record at provincial scale)  a model run each hour:
#                                                     the place scales the grid, not the count
# since: first year of the data; minyear: earliest year the dataset may be issued.
# zh_national: the Chinese title of the national edition where "全国…" does not read well.
def T(theme, scopes, zh, en, dzh, den, kw, pub, fmt, freq, size, since=2015, ann="raw",
      access="public", minyear=2019, lic=None, zh_national=None):
    return dict(theme=theme, scopes=scopes, zh=zh, en=en, dzh=dzh, den=den, kw=kw, pub=pub,
                fmt=fmt, freq=freq, size=size, since=since, ann=ann, access=access,
                minyear=minyear, lic=lic, zh_national=zh_national)


TOPICS = [
    # ---- tourism -----------------------------------------------------------------------------
    T("tourism", ["prov", "guiyang", "zunyi", "anshun", "qiandongnan", "qiannan", "bijie"],
      "{z}旅游景区客流量统计", "Visitor counts at {e} tourist attractions",
      "{z}A级旅游景区每日游客接待人次，按景区、日期和客源地（省内、省外、境外）分列，数据来自景区票务与闸机系统。",
      "Daily visitor numbers at each A-rated tourist attraction in {e}, by attraction, date and "
      "visitor origin (in-province, out-of-province, overseas), from ticketing and turnstile systems.",
      ["旅游", "客流", "景区", "tourism", "visitors", "attractions"], "tour", ["CSV", "JSON"],
      "daily", ("series", 95_000, 96), since=2017),
    T("tourism", ["prov", "guiyang", "zunyi", "tongren", "qianxinan"],
      "{z}A级旅游景区名录", "Register of A-rated scenic areas in {e}",
      "{z}A级旅游景区的名称、等级、所在区县、地址、经纬度、开放时间和联系电话。",
      "Name, rating, county, address, coordinates, opening hours and telephone of every "
      "A-rated scenic area in {e}.",
      ["旅游", "景区名录", "A级景区", "tourism", "scenic areas", "register"], "tour",
      ["CSV", "XLSX", "GEOJSON"], "quarterly", ("list", 520, 410)),
    T("tourism", ["prov", "guiyang", "zunyi", "liupanshui"],
      "{z}节假日旅游接待情况", "Holiday tourism statistics for {e}",
      "春节、清明、劳动节、端午、国庆等法定节假日期间{z}接待游客人次、旅游收入及重点景区接待情况。",
      "Visitors received and tourism revenue in {e} during the Spring Festival, Qingming, Labour "
      "Day, Dragon Boat and National Day holidays, with the figures of the main attractions.",
      ["旅游", "节假日", "旅游收入", "tourism", "holidays", "revenue"], "tour", ["XLSX", "CSV"],
      "irregular", ("series", 420, 180), since=2016),
    T("tourism", ["prov", "guiyang", "anshun"],
      "{z}星级饭店经营情况", "Operating figures of star-rated hotels in {e}",
      "{z}星级饭店每月客房出租率、平均房价、营业收入和从业人数，按星级分列。",
      "Monthly room occupancy, average room rate, revenue and staff of star-rated hotels in {e}, "
      "by star rating.",
      ["旅游", "饭店", "出租率", "tourism", "hotels", "occupancy"], "tour", ["XLSX", "CSV"],
      "monthly", ("series", 2_600, 140), since=2016),
    T("tourism", ["prov", "qiandongnan", "qiannan"],
      "{z}乡村旅游重点村名录", "Key rural tourism villages in {e}",
      "入选国家级和省级乡村旅游重点村的村寨名单，含所在乡镇、特色资源、接待能力和交通指引。",
      "Villages named national or provincial key rural tourism villages, with their township, "
      "attractions, capacity and directions.",
      ["乡村旅游", "村寨", "乡村振兴", "rural tourism", "villages", "rural vitalization"], "tour",
      ["CSV", "XLSX"], "annual", ("list", 380, 620), since=2019),
    T("tourism", ["prov", "guiyang"],
      "{z}旅游投诉受理与处理情况", "Tourist complaints and their handling, {e}",
      "经脱敏处理的旅游投诉记录：受理日期、投诉类别、涉及主体类型、处理结果和办结时长。",
      "De-identified tourist complaints: date received, category, type of business involved, "
      "outcome and days to close.",
      ["旅游投诉", "市场监管", "服务质量", "tourism", "complaints", "service quality"], "tour",
      ["CSV"], "monthly", ("series", 7_800, 260), since=2018),
    T("tourism", ["national"],
      "全国5A级旅游景区客流监测数据", "Visitor monitoring at China's 5A-rated scenic areas",
      "全国5A级旅游景区的每日客流、最大承载量和预约情况，用于假日客流预警。",
      "Daily visitors, maximum capacity and bookings at China's 5A-rated scenic areas, used for "
      "holiday crowd warnings.",
      ["旅游", "5A景区", "客流监测", "tourism", "5A scenic areas", "crowd monitoring"], "tour",
      ["CSV", "JSON"], "daily", ("fixed", 390_000, 88), since=2019, minyear=2020),
    T("tourism", ["prov"],
      "贵州旅游咨询问答标注数据集", "Annotated tourism question-and-answer dialogues (Chinese)",
      "来自旅游咨询热线和线上客服的多轮对话，已脱敏，标注了意图、景点实体和标准答案，可用于训练文旅大模型。",
      "Multi-turn dialogues from a tourism hotline and online help desk, de-identified and "
      "annotated with intent, attraction entities and reference answers, for training tourism "
      "language models.",
      ["旅游", "问答", "对话", "标注", "tourism", "dialogue", "question answering", "annotation"],
      "annot", ["JSONL"], "irregular", ("fixed", 86_000, 2_300), since=2020, ann="annotated",
      minyear=2023, lic="CC-BY-NC-4.0"),
    T("tourism", ["prov"],
      "贵州景区图像识别基准数据集", "Guizhou scenic spot image recognition benchmark",
      "贵州120处景点的实拍照片，按景点标注类别并划分训练、验证和测试集，附基线模型的评测结果。",
      "Photographs of 120 Guizhou scenic spots, labelled by spot and split into training, "
      "validation and test sets, with the scores of baseline models.",
      ["景区", "图像识别", "基准", "tourism", "image recognition", "benchmark"], "annot",
      ["JPEG", "JSON"], "never", ("fixed", 48_000, 410_000), since=2021, ann="benchmark",
      minyear=2023, lic="CC-BY-NC-4.0"),
    T("tourism", ["guiyang", "qiandongnan", "anshun", "bijie"],
      "{z}民宿和农家乐登记信息", "Registered guesthouses and farm stays in {e}",
      "{z}已登记民宿和农家乐的名称、地址、床位数、星级评定和消防检查情况。",
      "Name, address, beds, rating and fire inspection status of registered guesthouses and farm "
      "stays in {e}.",
      ["民宿", "农家乐", "住宿", "guesthouses", "farm stays", "accommodation"], "tour",
      ["CSV", "XLSX"], "quarterly", ("list", 21_000, 380), since=2018),
    T("tourism", ["prov"],
      "贵州省游客满意度抽样调查", "Visitor satisfaction survey, Guizhou",
      "每年对来黔游客的抽样问卷调查结果，包括交通、住宿、餐饮、景区服务和整体满意度评分。",
      "Annual sample survey of visitors to Guizhou: scores for transport, lodging, food, "
      "attraction service and overall satisfaction.",
      ["游客满意度", "问卷调查", "旅游", "visitor satisfaction", "survey", "tourism"], "tour",
      ["CSV", "PDF"], "annual", ("series", 12_000, 320), since=2017),
    T("tourism", ["guiyang", "anshun"],
      "{z}旅游专线和观光巴士客流", "Tourist shuttle and sightseeing bus ridership, {e}",
      "{z}旅游专线、景区接驳车和观光巴士的日客流量，按线路和站点统计。",
      "Daily ridership of tourist shuttles, attraction connector buses and sightseeing buses in "
      "{e}, by route and stop.",
      ["旅游专线", "观光巴士", "客流", "tourist shuttle", "sightseeing bus", "ridership"], "tour",
      ["CSV"], "daily", ("series", 160_000, 72), since=2019),
    T("tourism", ["prov", "guiyang"],
      "{z}景区门票预约与核销数据", "Attraction ticket bookings and entries, {e}",
      "分时段预约门票的预约量、核销量和取消量，按景区和日期汇总。",
      "Timed-entry ticket bookings, entries and cancellations, totalled by attraction and day.",
      ["门票", "预约", "景区", "tickets", "bookings", "attractions"], "tour", ["CSV", "JSON"],
      "daily", ("series", 140_000, 84), since=2020, minyear=2020),
    # ---- electricity -------------------------------------------------------------------------
    T("electricity", ["national", "prov", "guiyang", "zunyi", "bijie", "liupanshui"],
      "{z}全社会用电量统计", "Electricity consumption by sector, {e}",
      "{z}每月全社会用电量，按第一、二、三产业和城乡居民生活用电分列，并列出重点行业用电。",
      "Monthly electricity consumption in {e} for the primary, secondary and tertiary sectors and "
      "households, with the main industries listed separately.",
      ["用电量", "电力", "能源", "electricity consumption", "power", "energy"], "energy",
      ["CSV", "XLSX"], "monthly", ("series", 1_900, 150), since=2012),
    T("electricity", ["national", "prov", "liupanshui", "bijie"],
      "{z}发电量及装机容量", "Power generation and installed capacity, {e}",
      "按电源类型（火电、水电、风电、光伏）统计的月度发电量和年末装机容量。",
      "Monthly generation and year-end installed capacity by source: coal, hydro, wind and solar.",
      ["发电量", "装机容量", "新能源", "power generation", "installed capacity", "renewables"],
      "energy", ["CSV", "XLSX"], "monthly", ("series", 640, 130), since=2012),
    T("electricity", ["prov", "guiyang", "gui_an"],
      "{z}电网负荷曲线", "Grid load curve, {e}",
      "{z}电网每15分钟的实际负荷、预测负荷和日最大负荷，单位兆瓦。",
      "Actual and forecast load of the {e} grid every 15 minutes, with the daily peak, in megawatts.",
      ["电网", "负荷", "电力调度", "grid", "load", "dispatch"], "grid", ["CSV", "PARQUET"],
      "daily", ("series", 35_040, 54), since=2016),
    T("electricity", ["prov", "gui_an"],
      "{z}数据中心用电情况", "Data center electricity use in {e}",
      "{z}重点数据中心的月度用电量、最大负荷和电能利用效率（PUE），仅限授权单位申请使用。",
      "Monthly electricity use, peak load and power usage effectiveness (PUE) of the main data "
      "centers in {e}; available to authorised bodies on request.",
      ["数据中心", "PUE", "用电", "data centers", "PUE", "electricity"], "grid", ["CSV"],
      "monthly", ("series", 900, 160), since=2018, access="restricted", minyear=2020),
    T("electricity", ["prov"],
      "输电线路无人机巡检图像缺陷标注数据集", "Transmission line inspection images with defect annotations",
      "无人机巡检拍摄的输电线路图像，标注了绝缘子破损、鸟巢、销钉缺失、异物等缺陷的位置框和类别。",
      "Drone inspection images of transmission lines with bounding boxes and classes for broken "
      "insulators, bird nests, missing pins and foreign objects.",
      ["输电线路", "巡检", "缺陷检测", "标注", "transmission lines", "inspection",
       "defect detection", "annotation"], "grid", ["JPEG", "JSON"], "irregular",
      ("fixed", 62_000, 1_900_000), since=2019, ann="annotated", minyear=2021, lic="CC-BY-NC-4.0"),
    T("electricity", ["prov"],
      "配电设备缺陷识别基准数据集", "Distribution equipment defect recognition benchmark",
      "配电房和台区设备的红外与可见光图像，含统一的测试集划分、评测脚本说明和基线结果。",
      "Infrared and visible-light images of distribution rooms and transformer areas, with a "
      "fixed test split, evaluation rules and baseline results.",
      ["配电", "红外", "基准", "distribution grid", "infrared", "benchmark"], "annot",
      ["PNG", "JSON"], "never", ("fixed", 18_500, 820_000), since=2021, ann="benchmark",
      minyear=2023, lic="CC-BY-NC-4.0"),
    T("electricity", ["prov", "bijie", "liupanshui", "qianxinan"],
      "{z}风电和光伏场站出力", "Wind and solar farm output, {e}",
      "{z}并网风电场和光伏电站每15分钟的有功出力及对应的风速、辐照度观测。",
      "Active power of grid-connected wind and solar farms in {e} every 15 minutes, with wind "
      "speed and irradiance measured on site.",
      ["风电", "光伏", "新能源", "wind power", "solar power", "renewables"], "grid",
      ["CSV", "PARQUET"], "daily", ("series", 2_400_000, 48), since=2018),
    T("electricity", ["prov", "guiyang", "gui_an", "zunyi"],
      "{z}充电桩分布与使用情况", "EV charging points and their use, {e}",
      "{z}公共充电桩的位置、功率、运营商，以及按日汇总的充电次数和充电量。",
      "Location, power and operator of public EV charging points in {e}, with daily charging "
      "sessions and energy delivered.",
      ["充电桩", "新能源汽车", "充电", "EV charging", "electric vehicles", "charging points"],
      "energy", ["CSV", "GEOJSON"], "daily", ("series", 1_100_000, 68), since=2020, minyear=2020),
    T("electricity", ["prov", "guiyang", "zunyi", "anshun"],
      "{z}计划停电信息", "Planned power outages, {e}",
      "计划检修停电的时间、范围（线路、台区、小区）和原因，提前公告。",
      "Planned maintenance outages announced in advance: when, where (line, transformer area, "
      "neighbourhood) and why.",
      ["停电", "检修", "供电", "power outages", "maintenance", "supply"], "grid",
      ["CSV", "JSON"], "daily", ("series", 14_000, 330), since=2018),
    T("electricity", ["prov", "gui_an"],
      "{z}大工业用户用电负荷", "Electricity load of large industrial customers, {e}",
      "{z}大工业用户的日用电量和最大需量，按行业汇总，个别用户数据不公开。",
      "Daily consumption and maximum demand of large industrial customers in {e}, totalled by "
      "industry; individual customers are not disclosed.",
      ["工业用电", "负荷", "需量", "industrial electricity", "load", "demand"], "grid", ["CSV"],
      "daily", ("series", 18_000, 92), since=2017, access="restricted"),
    T("electricity", ["prov"],
      "贵州省销售电价表", "Electricity tariffs of Guizhou",
      "现行及历次调整的居民、一般工商业和大工业销售电价，含分时电价时段划分。",
      "Current and past retail tariffs for households, general commerce and large industry, with "
      "the time-of-use periods.",
      ["电价", "分时电价", "价格", "electricity tariffs", "time-of-use", "prices"], "ndrc",
      ["CSV", "PDF"], "irregular", ("fixed", 1_240, 260), since=2015),
    T("electricity", ["prov"],
      "贵州省分县居民生活用电量", "Household electricity consumption by county, Guizhou",
      "全省88个县（市、区）的月度城乡居民生活用电量和户数。",
      "Monthly household electricity consumption and number of households in each of "
      "Guizhou's 88 counties.",
      ["居民用电", "县域", "用电量", "household electricity", "counties", "consumption"], "grid",
      ["CSV"], "monthly", ("fixed", 9_500, 110), since=2015),
    # ---- government --------------------------------------------------------------------------
    T("government", ["prov", "guiyang", "zunyi", "anshun", "tongren", "bijie", "qiannan"],
      "{z}政务服务事项清单", "Catalog of government services, {e}",
      "{z}依申请政务服务事项的名称、实施主体、办理条件、申请材料、法定和承诺时限，以及是否可全程网办。",
      "Government services of {e} available on application: name, responsible body, "
      "conditions, documents required, statutory and promised time limits, and whether they can "
      "be done fully online.",
      ["政务服务", "事项清单", "一网通办", "government services", "service catalog", "online services"],
      "govsvc", ["CSV", "JSON"], "monthly", ("list", 9_800, 1_400)),
    T("government", ["prov", "guiyang", "zunyi"],
      "{z}政务服务“好差评”数据", "Ratings of government services, {e}",
      "办事群众对政务服务的“好差评”评价记录，按事项、部门、渠道和月份汇总，含差评整改情况。",
      "Citizens' 'good or poor' ratings of government services, totalled by service, department, "
      "channel and month, with the follow-up of poor ratings.",
      ["好差评", "政务服务", "满意度", "service ratings", "government services", "satisfaction"],
      "govsvc", ["CSV"], "monthly", ("series", 52_000, 120), since=2019),
    T("government", ["prov", "guiyang", "liupanshui"],
      "{z}12345热线工单数据", "12345 citizen hotline requests, {e}",
      "经脱敏的12345政务服务便民热线工单：受理时间、诉求类别、承办单位、办结时长和回访满意度。",
      "De-identified requests to the 12345 government service hotline: time received, category, "
      "handling body, days to close and satisfaction at follow-up.",
      ["12345热线", "工单", "诉求", "citizen hotline", "requests", "public service"], "hotline",
      ["CSV", "JSON"], "daily", ("series", 1_300_000, 310), since=2017, access="restricted",
      lic="Data Use Agreement"),
    T("government", ["prov", "guiyang", "zunyi", "qiandongnan"],
      "{z}行政许可和行政处罚信息", "Administrative licences and penalties, {e}",
      "各级行政机关作出的行政许可和行政处罚决定（“双公示”），含决定文号、相对人、事由和日期。",
      "Administrative licence and penalty decisions published by administrative bodies: "
      "decision number, party, grounds and date.",
      ["行政许可", "行政处罚", "双公示", "licences", "penalties", "transparency"], "ndrc",
      ["CSV", "JSON"], "daily", ("series", 240_000, 520), since=2016),
    T("government", ["prov", "guiyang", "bijie"],
      "{z}财政预算决算公开", "Published budgets and final accounts, {e}",
      "{z}本级一般公共预算、政府性基金预算和国有资本经营预算的预算与决算报表。",
      "Budgets and final accounts of {e}: general public budget, government fund budget and "
      "state capital operating budget.",
      ["财政预算", "决算", "财政公开", "budget", "final accounts", "public finance"], "findept",
      ["XLSX", "PDF"], "annual", ("series", 3_200, 240), since=2014),
    T("government", ["prov", "guiyang"],
      "{z}政府采购公告", "Government procurement notices, {e}",
      "政府采购的采购意向、招标公告、中标（成交）结果和合同公告。",
      "Government procurement intentions, calls for tender, award results and contract notices.",
      ["政府采购", "招标", "中标", "public procurement", "tenders", "contracts"], "procure",
      ["CSV", "JSON"], "daily", ("series", 68_000, 1_100), since=2017),
    T("government", ["prov"],
      "政务服务问答评测基准", "Government service question-answering benchmark (Chinese)",
      "覆盖社保、户籍、企业开办、不动产登记等高频事项的问答对，经人工审核，附评测指标和基线模型得分。",
      "Question-answer pairs on frequent services (social insurance, household registration, "
      "starting a business, property registration), checked by hand, with metrics and baseline "
      "scores.",
      ["政务问答", "大模型评测", "基准", "government Q&A", "LLM evaluation", "benchmark"], "annot",
      ["JSONL"], "never", ("fixed", 12_000, 1_600), since=2022, ann="benchmark", minyear=2023,
      lic="CC-BY-4.0"),
    T("government", ["prov"],
      "贵州省政策文件语料", "Corpus of Guizhou policy documents",
      "省级和市级公开的政策文件全文，按文种、发文机关、主题词和生效状态做了结构化标注。",
      "Full texts of published provincial and municipal policy documents, annotated with "
      "document type, issuing body, subject terms and whether still in force.",
      ["政策文件", "语料", "文本标注", "policy documents", "corpus", "text annotation"], "annot",
      ["JSONL", "TXT"], "irregular", ("fixed", 46_000, 14_000), since=2010, ann="annotated",
      minyear=2022),
    T("government", ["national", "prov", "guiyang", "zunyi"],
      "{z}统计年鉴", "Statistical yearbook of {e}",
      "{z}国民经济和社会发展各领域的年度统计数据，含人口、就业、产值、投资、消费、价格和居民收入。",
      "Annual statistics of {e}'s economy and society: population, employment, output, "
      "investment, consumption, prices and household income.",
      ["统计年鉴", "经济", "社会发展", "statistical yearbook", "economy", "society"], "stats",
      ["XLSX", "PDF"], "annual", ("series", 1_600, 900), since=2000, zh_national="中国统计年鉴"),
    T("government", ["prov", "guiyang"],
      "{z}法人单位基础信息", "Registered legal entities, {e}",
      "企业、机关、事业单位和社会组织的统一社会信用代码、名称、类型、登记机关和状态。",
      "Unified social credit code, name, type, registering body and status of companies, public "
      "bodies and social organisations.",
      ["法人单位", "统一社会信用代码", "登记", "legal entities", "credit code", "registration"],
      "market", ["CSV"], "weekly", ("list", 1_250_000, 280), access="restricted",
      lic="Data Use Agreement"),
    T("government", ["prov"],
      "贵州省分县常住人口", "Resident population by county, Guizhou",
      "全省88个县（市、区）的年末常住人口、城镇化率和出生、死亡人口。",
      "Year-end resident population, urbanisation rate, births and deaths in each of "
      "Guizhou's 88 counties.",
      ["人口", "城镇化", "县域", "population", "urbanisation", "counties"], "stats",
      ["CSV", "XLSX"], "annual", ("fixed", 1_060, 140), since=2010),
    T("government", ["guiyang"],
      "贵阳市人大建议和政协提案办理情况", "Handling of deputies' suggestions and proposals, Guiyang",
      "市人大代表建议和政协委员提案的标题、承办单位、办理结果和答复日期。",
      "Suggestions of municipal people's congress deputies and proposals of CPPCC members: "
      "title, handling body, outcome and reply date.",
      ["建议提案", "人大", "政协", "suggestions", "proposals", "people's congress"], "office",
      ["CSV", "PDF"], "annual", ("fixed", 5_400, 700), since=2016),
    # ---- meteorology -------------------------------------------------------------------------
    T("meteorology", ["prov", "guiyang", "zunyi", "bijie", "qiannan", "tongren"],
      "{z}地面气象观测逐小时数据", "Hourly surface weather observations, {e}",
      "{z}国家级地面气象观测站逐小时的气温、相对湿度、气压、风向风速、降水量和能见度。",
      "Hourly temperature, relative humidity, pressure, wind, precipitation and visibility from "
      "the national surface weather stations in {e}.",
      ["气象", "地面观测", "逐小时", "weather", "surface observations", "hourly"], "met",
      ["CSV", "NETCDF"], "daily", ("series", 740_000, 76), since=2010),
    T("meteorology", ["guiyang", "gui_an", "liupanshui"],
      "{z}区域自动气象站5分钟数据", "Automatic weather station readings (5-minute), {e}",
      "{z}区域自动气象站每5分钟的气温、降水和风，站点密度高，适合城市内涝和局地强对流分析。",
      "Temperature, rainfall and wind every 5 minutes from the dense automatic weather stations "
      "of {e}, for urban flooding and local severe storm analysis.",
      ["自动气象站", "降水", "强对流", "automatic weather stations", "rainfall", "severe storms"],
      "met", ["CSV", "PARQUET"], "daily", ("series", 95_000_000, 38), since=2017),
    T("meteorology", ["prov", "guiyang"],
      "{z}多普勒天气雷达基数据", "Doppler weather radar base data, {e}",
      "{z}S波段和X波段多普勒天气雷达每6分钟一次体扫的反射率、径向速度和谱宽。",
      "Reflectivity, radial velocity and spectrum width from S-band and X-band Doppler weather "
      "radar volume scans of {e}, every 6 minutes.",
      ["天气雷达", "反射率", "短临预报", "weather radar", "reflectivity", "nowcasting"], "met",
      ["NETCDF"], "daily", ("series", 520_000, 1_100_000), since=2018),
    T("meteorology", ["prov", "guiyang", "zunyi", "qiandongnan", "anshun"],
      "{z}气象灾害预警信号", "Weather warning signals issued in {e}",
      "暴雨、冰雹、大风、雷电、高温、凝冻、大雾等气象灾害预警信号的发布时间、级别、区域和解除时间。",
      "Warnings for rainstorms, hail, gales, lightning, heat, freezing and fog: time issued, "
      "level, area and time lifted.",
      ["预警信号", "气象灾害", "暴雨", "weather warnings", "hazards", "rainstorms"], "met",
      ["CSV", "JSON", "XML"], "daily", ("series", 9_000, 420), since=2014),
    T("meteorology", ["prov"],
      "贵州省逐日降水格点分析产品", "Gridded daily precipitation analysis, Guizhou",
      "融合地面站、雷达和卫星资料的1公里分辨率逐日降水格点产品。",
      "Daily precipitation on a 1 km grid, merged from ground stations, radar and satellite data.",
      ["降水", "格点", "多源融合", "precipitation", "gridded data", "data fusion"], "met",
      ["NETCDF"], "daily", ("fixed", 3_650, 7_400_000), since=2014),
    T("meteorology", ["national"],
      "中国地面气候资料日值数据集", "China surface climate data, daily values",
      "全国国家级气象站的日平均、最高和最低气温，降水量，日照时数，风速和相对湿度。",
      "Daily mean, maximum and minimum temperature, precipitation, sunshine, wind speed and "
      "humidity from China's national weather stations.",
      ["气候", "日值", "全国", "climate", "daily values", "China"], "met", ["CSV", "TXT"],
      "monthly", ("fixed", 28_000_000, 96), since=1951),
    T("meteorology", ["national"],
      "全国城市天气预报", "Weather forecasts for Chinese cities",
      "全国2400余个城市和县未来7天逐12小时的天气现象、气温、风向风速预报。",
      "Seven-day forecasts in 12-hour steps for more than 2,400 Chinese cities and counties: "
      "weather, temperature and wind.",
      ["天气预报", "城市", "全国", "weather forecasts", "cities", "China"], "met",
      ["JSON", "XML"], "daily", ("fixed", 12_000_000, 210), since=2016),
    T("meteorology", ["prov"],
      "云贵高原雷达短临预报基准数据集", "Radar nowcasting benchmark for the Yunnan–Guizhou Plateau",
      "雷达组合反射率序列及其后2小时的实况，统一划分训练和测试时段，附CSI、POD等评分规则和基线结果。",
      "Sequences of radar composite reflectivity and the following two hours of observations, "
      "with fixed training and test periods, CSI and POD scoring rules, and baseline results.",
      ["短临预报", "雷达", "基准", "深度学习", "nowcasting", "radar", "benchmark", "deep learning"],
      "annot", ["NETCDF", "JSON"], "never", ("fixed", 26_000, 3_100_000), since=2018,
      ann="benchmark", minyear=2023, lic="CC-BY-4.0"),
    T("meteorology", ["prov", "liupanshui", "bijie"],
      "{z}电线积冰和凝冻观测", "Freezing rain and ice accretion observations, {e}",
      "冬季电线积冰直径、重量和持续时间观测，以及凝冻天气过程记录。",
      "Winter measurements of ice accretion on wires (diameter, weight, duration) and records "
      "of freezing-rain episodes.",
      ["凝冻", "电线积冰", "冬季", "freezing rain", "ice accretion", "winter"], "met", ["CSV"],
      "annual", ("series", 2_100, 120), since=2008),
    T("meteorology", ["prov", "zunyi", "qiannan"],
      "{z}农业气象观测", "Agrometeorological observations, {e}",
      "{z}农业气象站的土壤湿度、作物发育期、茶叶和水稻生长状况观测。",
      "Soil moisture, crop stages, and tea and rice growth observed at the agrometeorological "
      "stations of {e}.",
      ["农业气象", "土壤湿度", "作物", "agrometeorology", "soil moisture", "crops"], "met",
      ["CSV"], "weekly", ("series", 26_000, 110), since=2012),
    T("meteorology", ["prov", "guiyang"],
      "{z}年度气候公报", "Annual climate bulletin of {e}",
      "{z}全年气温、降水、日照特征，主要天气气候事件和气象灾害影响评估。",
      "The year's temperature, precipitation and sunshine in {e}, its main weather events and "
      "the impact of weather-related disasters.",
      ["气候公报", "气候", "年度", "climate bulletin", "climate", "annual"], "met",
      ["PDF", "CSV"], "annual", ("series", 40, 52_000), since=2010),
    T("meteorology", ["prov"],
      "风云卫星云图云类标注数据集", "Satellite cloud images with cloud-type annotations",
      "风云四号卫星覆盖贵州及周边的云图切片，逐像素标注积雨云、层云、卷云等云类。",
      "Fengyun-4 satellite image tiles of Guizhou and its surroundings, labelled pixel by pixel "
      "with cloud types such as cumulonimbus, stratus and cirrus.",
      ["卫星云图", "云分类", "语义分割", "标注", "satellite imagery", "cloud classification",
       "segmentation", "annotation"], "annot", ["NETCDF", "PNG"], "irregular",
      ("fixed", 34_000, 2_600_000), since=2019, ann="annotated", minyear=2022,
      lic="CC-BY-NC-4.0"),
    T("meteorology", ["prov"],
      "贵州省闪电定位资料", "Lightning location records, Guizhou",
      "闪电定位网探测到的每次云地闪的时间、经纬度、强度和极性。",
      "Time, position, current and polarity of every cloud-to-ground flash detected by the "
      "lightning location network.",
      ["闪电", "雷电", "定位", "lightning", "thunderstorms", "location"], "met",
      ["CSV", "PARQUET"], "daily", ("fixed", 6_800_000, 64), since=2014),
    T("meteorology", ["guiyang", "gui_an"],
      "{z}精细化网格天气预报", "Neighbourhood-scale gridded forecasts, {e}",
      "{z}500米网格未来72小时逐小时的气温、降水和风预报。",
      "Hourly forecasts of temperature, precipitation and wind for the next 72 hours on a 500 m "
      "grid over {e}.",
      ["网格预报", "精细化", "天气预报", "gridded forecasts", "high resolution", "weather"], "met",
      ["NETCDF", "JSON"], "daily", ("runs", 8_760, 40_000_000), since=2021, minyear=2021),
    # ---- healthcare --------------------------------------------------------------------------
    T("healthcare", ["prov", "guiyang", "zunyi"],
      "{z}医疗机构名录", "Registered medical institutions, {e}",
      "{z}医院、基层医疗卫生机构和专业公共卫生机构的名称、等级、类别、地址和床位数。",
      "Name, grade, type, address and beds of the hospitals, primary care institutions and "
      "public health institutions in {e}.",
      ["医疗机构", "医院", "卫生", "medical institutions", "hospitals", "health"], "health",
      ["CSV", "XLSX"], "quarterly", ("list", 29_000, 360)),
    T("healthcare", ["prov"],
      "贵州省法定传染病疫情统计", "Notifiable infectious disease statistics, Guizhou",
      "全省甲、乙、丙类法定传染病的月度发病数、死亡数和发病率，按病种分列。",
      "Monthly cases, deaths and incidence of class A, B and C notifiable infectious diseases "
      "in Guizhou, by disease.",
      ["传染病", "疫情", "公共卫生", "infectious diseases", "epidemiology", "public health"], "cdc",
      ["CSV", "PDF"], "monthly", ("fixed", 6_100, 120), since=2010),
    T("healthcare", ["national", "prov"],
      "{z}卫生健康统计年鉴", "Health statistics yearbook, {e}",
      "卫生资源、医疗服务、妇幼保健、疾病控制和医疗费用等方面的年度统计数据。",
      "Annual statistics on health resources, medical services, maternal and child health, "
      "disease control and medical costs.",
      ["卫生统计", "年鉴", "医疗服务", "health statistics", "yearbook", "medical services"],
      "health", ["XLSX", "PDF"], "annual", ("series", 900, 1_100), since=2010,
      zh_national="中国卫生健康统计年鉴"),
    T("healthcare", ["prov"],
      "胸部CT影像病灶标注数据集（脱敏）", "Annotated chest CT scans (de-identified)",
      "经脱敏的胸部CT序列，由放射科医生标注肺结节位置、大小和良恶性，仅供经伦理审查的科研项目使用。",
      "De-identified chest CT series in which radiologists marked lung nodules (position, size, "
      "benign or malignant); for ethically approved research only.",
      ["医学影像", "CT", "肺结节", "标注", "medical imaging", "CT", "lung nodules", "annotation"],
      "health", ["DICOM", "JSON"], "irregular", ("fixed", 4_800, 210_000_000), since=2018,
      ann="annotated", access="restricted", minyear=2021, lic="Data Use Agreement"),
    T("healthcare", ["prov"],
      "中文医疗问诊对话评测基准", "Chinese medical consultation dialogue benchmark",
      "常见病问诊多轮对话及医生审核的参考回复，用于评测医疗大模型的准确性和安全性。",
      "Multi-turn consultations on common illnesses with reference replies checked by doctors, "
      "for testing the accuracy and safety of medical language models.",
      ["医疗问诊", "对话", "大模型评测", "基准", "medical dialogue", "consultation",
       "LLM evaluation", "benchmark"], "annot", ["JSONL"], "never", ("fixed", 8_600, 3_800),
      since=2022, ann="benchmark", minyear=2024, lic="CC-BY-NC-4.0"),
    T("healthcare", ["guiyang", "anshun"],
      "{z}医保定点医药机构名单", "Medical insurance designated hospitals and pharmacies, {e}",
      "{z}基本医疗保险定点医疗机构和定点零售药店的名称、地址、类别和协议有效期。",
      "Name, address, type and agreement period of the hospitals and retail pharmacies "
      "designated by basic medical insurance in {e}.",
      ["医保", "定点药店", "医疗机构", "medical insurance", "pharmacies", "hospitals"], "medins",
      ["CSV", "XLSX"], "monthly", ("list", 31_000, 300), since=2019),
    T("healthcare", ["prov"],
      "贵州省远程医疗服务统计", "Telemedicine consultations, Guizhou",
      "远程医疗服务平台的月度会诊、影像诊断、心电诊断例数，按医院级别和县域分列。",
      "Monthly teleconsultations, remote imaging and ECG diagnoses on the telemedicine platform, "
      "by hospital grade and county.",
      ["远程医疗", "会诊", "县域医疗", "telemedicine", "consultations", "county hospitals"],
      "health", ["CSV"], "monthly", ("fixed", 14_000, 130), since=2016, access="restricted",
      lic="Data Use Agreement"),
    T("healthcare", ["prov", "qiandongnan"],
      "{z}基层医疗卫生服务情况", "Primary healthcare services in {e}",
      "乡镇卫生院和村卫生室的诊疗人次、家庭医生签约和慢病随访情况。",
      "Visits to township health centers and village clinics, family doctor contracts and "
      "chronic disease follow-ups.",
      ["基层医疗", "家庭医生", "慢病管理", "primary care", "family doctors", "chronic diseases"],
      "health", ["CSV", "XLSX"], "quarterly", ("series", 22_000, 150), since=2017),
    T("healthcare", ["guiyang"],
      "贵阳市120急救调度记录", "Emergency (120) ambulance dispatches, Guiyang",
      "120急救中心的呼救受理、派车、到达现场和送达医院时间，仅在卫生健康系统内部共享。",
      "Calls, dispatches, arrival on scene and hand-over times of the 120 emergency center; "
      "shared within the health system only.",
      ["急救", "120", "调度", "emergency", "ambulance", "dispatch"], "health", ["CSV"], "daily",
      ("fixed", 1_900_000, 230), since=2016, access="non-public", lic="Internal use only"),
    # ---- industry ----------------------------------------------------------------------------
    T("industry", ["prov", "guiyang", "zunyi", "liupanshui"],
      "{z}规模以上工业增加值", "Value added of industry above designated size, {e}",
      "{z}规模以上工业增加值的月度增速，按行业和经济类型分列。",
      "Monthly growth of value added by industrial enterprises above designated size in {e}, by "
      "industry and ownership.",
      ["工业", "增加值", "规上工业", "industry", "value added", "above designated size"], "stats",
      ["CSV", "XLSX"], "monthly", ("series", 960, 120), since=2012),
    T("industry", ["prov", "gui_an"],
      "{z}规模以上工业企业名录", "Industrial enterprises above designated size, {e}",
      "规模以上工业企业的名称、行业代码、所在园区、从业人数和主营业务收入区间。",
      "Name, industry code, industrial park, staff and revenue band of industrial enterprises "
      "above designated size.",
      ["工业企业", "名录", "规上企业", "industrial enterprises", "register", "above designated size"],
      "miit", ["CSV", "XLSX"], "annual", ("list", 5_200, 340), since=2018),
    T("industry", ["prov", "guiyang", "gui_an"],
      "{z}大数据企业名录", "Big data enterprises of {e}",
      "从事数据中心、云计算、数据服务、软件和信息技术服务的企业名单及其主营方向。",
      "Companies in data centers, cloud computing, data services, software and IT services, "
      "with their main line of business.",
      ["大数据", "企业名录", "数字经济", "big data", "companies", "digital economy"], "bigdata",
      ["CSV", "JSON"], "quarterly", ("list", 9_400, 420), since=2017),
    T("industry", ["prov"],
      "贵州省企业上云情况", "Enterprises using cloud services, Guizhou",
      "全省使用云服务的企业月度累计数，按行业、地区和云服务类型（IaaS、PaaS、SaaS）分列。",
      "Monthly cumulative count of enterprises in the province using cloud services, by "
      "industry, region and type of cloud service (IaaS, PaaS, SaaS).",
      ["企业上云", "云计算", "数字化转型", "cloud adoption", "cloud computing",
       "digital transformation"], "bigdata", ["CSV", "XLSX"], "monthly",
      ("series", 3_600, 120), since=2018),
    T("industry", ["prov"],
      "工业设备振动故障诊断标注数据集", "Industrial equipment vibration data for fault diagnosis",
      "电机、风机和齿轮箱的振动加速度信号，标注了轴承磨损、不对中、松动等故障类型。",
      "Vibration signals from motors, fans and gearboxes, labelled with faults such as bearing "
      "wear, misalignment and looseness.",
      ["故障诊断", "振动", "预测性维护", "标注", "fault diagnosis", "vibration",
       "predictive maintenance", "annotation"], "annot", ["PARQUET", "JSON"], "irregular",
      ("fixed", 120_000, 160_000), since=2020, ann="annotated", minyear=2022, lic="CC-BY-NC-4.0"),
    T("industry", ["prov"],
      "电子元器件表面缺陷检测基准数据集", "Surface defect detection benchmark for electronic components",
      "电子装配产线采集的元器件和焊点图像，标注划痕、虚焊、偏移等缺陷，附评测划分和基线。",
      "Images of components and solder joints from electronics assembly lines, labelled with "
      "scratches, cold joints and misplacement, with an evaluation split and baselines.",
      ["缺陷检测", "工业视觉", "电子制造", "基准", "defect detection", "machine vision",
       "electronics manufacturing", "benchmark"], "annot", ["PNG", "JSON"], "never",
      ("fixed", 41_000, 1_200_000), since=2022, ann="benchmark", minyear=2023, lic="CC-BY-4.0"),
    T("industry", ["zunyi"],
      "遵义市白酒产量和销售情况", "Baijiu production and sales, Zunyi",
      "遵义市规模以上白酒企业的月度产量、销售收入和出口额。",
      "Monthly output, sales and exports of the baijiu makers above designated size in Zunyi.",
      ["白酒", "酱香", "食品工业", "baijiu", "liquor", "food industry"], "stats", ["CSV", "XLSX"],
      "monthly", ("fixed", 4_300, 120), since=2014),
    T("industry", ["prov", "gui_an"],
      "{z}产业园区及入驻企业", "Industrial parks and their tenants, {e}",
      "产业园区的规划面积、主导产业、已入驻企业数和标准厂房出租率。",
      "Planned area, leading industries, number of tenants and occupancy of standard factory "
      "buildings in the industrial parks.",
      ["产业园区", "招商", "标准厂房", "industrial parks", "investment", "factory space"], "miit",
      ["CSV", "GEOJSON"], "quarterly", ("list", 1_300, 720), since=2018),
    T("industry", ["prov"],
      "贵州省专精特新中小企业名单", "Specialised and innovative SMEs, Guizhou",
      "省级专精特新中小企业和国家级专精特新“小巨人”企业名单及认定批次。",
      "Provincial 'specialised and innovative' SMEs and national 'little giant' companies, with "
      "the round in which each was named.",
      ["专精特新", "中小企业", "小巨人", "specialised SMEs", "small businesses", "little giants"],
      "miit", ["CSV", "XLSX"], "irregular", ("fixed", 1_850, 300), since=2019),
    # ---- agriculture -------------------------------------------------------------------------
    T("agriculture", ["prov", "guiyang", "zunyi"],
      "{z}农产品批发价格", "Wholesale prices of farm produce, {e}",
      "主要农产品批发市场每日的蔬菜、水果、肉禽蛋和粮油价格。",
      "Daily prices of vegetables, fruit, meat, poultry, eggs, grain and oil at the main "
      "wholesale markets.",
      ["农产品", "批发价格", "菜价", "farm produce", "wholesale prices", "markets"], "agri",
      ["CSV", "JSON"], "daily", ("series", 160_000, 78), since=2015),
    T("agriculture", ["prov", "zunyi", "tongren"],
      "{z}茶园面积和茶叶产量", "Tea plantations and tea output, {e}",
      "按县统计的茶园面积、投产面积、茶叶产量和产值，分绿茶、红茶等品类。",
      "Tea plantation area, area in production, output and value by county, for green, black "
      "and other teas.",
      ["茶叶", "茶园", "特色农业", "tea", "plantations", "specialty farming"], "agri",
      ["CSV", "XLSX"], "annual", ("series", 700, 140), since=2012),
    T("agriculture", ["prov"],
      "农作物病虫害图像标注数据集", "Crop pest and disease images with annotations",
      "水稻、玉米、茶树和辣椒的田间病虫害照片，由植保专家标注病虫害种类和受害部位。",
      "Field photographs of rice, maize, tea and chili pests and diseases, labelled by plant "
      "protection experts with the pest or disease and the damaged part.",
      ["病虫害", "农作物", "图像识别", "标注", "crop diseases", "pests", "image recognition",
       "annotation"], "annot", ["JPEG", "JSON"], "irregular", ("fixed", 76_000, 1_400_000),
      since=2020, ann="annotated", minyear=2022, lic="CC-BY-4.0"),
    T("agriculture", ["zunyi"],
      "遵义朝天椒生产与交易数据", "Chili pepper production and trade, Zunyi",
      "辣椒种植面积、产量和中国辣椒城的每日交易量与价格。",
      "Chili planting area and output, and daily volumes and prices at the China Chili City "
      "market.",
      ["辣椒", "交易", "特色农业", "chili peppers", "trade", "specialty farming"], "agri",
      ["CSV"], "daily", ("fixed", 38_000, 90), since=2017),
    T("agriculture", ["prov"],
      "贵州省高标准农田建设项目", "High-standard farmland projects, Guizhou",
      "高标准农田建设项目的位置、建设面积、投资和验收情况，附项目区范围。",
      "Location, area, investment and acceptance of high-standard farmland projects, with the "
      "project boundaries.",
      ["高标准农田", "农田建设", "耕地", "farmland", "land improvement", "cropland"], "agri",
      ["CSV", "SHP"], "annual", ("fixed", 6_200, 5_200), since=2019),
    T("agriculture", ["prov", "bijie"],
      "{z}耕地土壤采样检测数据", "Soil survey samples, {e}",
      "土壤普查样点的pH、有机质、氮磷钾和重金属检测结果及样点坐标。",
      "pH, organic matter, nitrogen, phosphorus, potassium and heavy metals measured at soil "
      "survey sample points, with their coordinates.",
      ["土壤", "耕地质量", "普查", "soil", "cropland quality", "survey"], "agri",
      ["CSV", "GEOJSON"], "irregular", ("list", 88_000, 260), since=2022, minyear=2023),
    T("agriculture", ["prov", "qiannan"],
      "{z}农民专业合作社名录", "Farmer cooperatives, {e}",
      "农民专业合作社的名称、所在乡镇、主营产业、成员数和示范社级别。",
      "Name, township, main products, members and model-cooperative rating of farmer "
      "cooperatives.",
      ["合作社", "农业经营主体", "乡村振兴", "cooperatives", "farm businesses",
       "rural vitalization"], "agri", ["CSV", "XLSX"], "annual", ("list", 62_000, 240), since=2018),
    T("agriculture", ["national"],
      "全国农产品批发价格指数", "National wholesale price index of farm produce",
      "全国重点农产品批发市场的日度价格指数（“农产品批发价格200指数”）及分类指数。",
      "Daily price index of China's main farm produce wholesale markets, with sub-indices by "
      "product group.",
      ["价格指数", "农产品", "全国", "price index", "farm produce", "China"], "agri",
      ["CSV", "JSON"], "daily", ("fixed", 44_000, 60), since=2012),
    # ---- transport ---------------------------------------------------------------------------
    T("transport", ["guiyang", "zunyi", "gui_an"],
      "{z}公交线路和站点", "Bus routes and stops, {e}",
      "公交线路的走向、站点名称和坐标、首末班时间和票价。",
      "Bus routes with their stops and coordinates, first and last departures, and fares.",
      ["公交", "线路", "站点", "buses", "routes", "stops"], "transport", ["CSV", "GEOJSON"],
      "monthly", ("list", 60_000, 190), since=2018),
    T("transport", ["guiyang"],
      "贵阳地铁分站点客流", "Guiyang Metro ridership by station",
      "贵阳轨道交通各线路各车站每日进站、出站和换乘客流。",
      "Daily entries, exits and transfers at each station of the Guiyang Metro.",
      ["地铁", "轨道交通", "客流", "metro", "rail transit", "ridership"], "metro",
      ["CSV", "JSON"], "daily", ("fixed", 210_000, 64), since=2018),
    T("transport", ["prov"],
      "贵州省高速公路车流量", "Expressway traffic volumes, Guizhou",
      "高速公路收费站和门架每小时的车流量，按客车、货车车型分列。",
      "Hourly traffic at expressway toll stations and gantries, by passenger and goods vehicle "
      "class.",
      ["高速公路", "车流量", "交通", "expressways", "traffic volume", "transport"], "transport",
      ["CSV", "PARQUET"], "daily", ("fixed", 34_000_000, 58), since=2020, minyear=2020),
    T("transport", ["prov", "guiyang"],
      "{z}道路交通事故统计", "Road traffic accidents, {e}",
      "道路交通事故的月度起数、死亡和受伤人数、直接财产损失，按道路类型和主要原因分列。",
      "Monthly road traffic accidents, deaths, injuries and direct losses, by road type and main "
      "cause.",
      ["交通事故", "道路安全", "交通管理", "traffic accidents", "road safety", "traffic police"],
      "traffic", ["CSV"], "monthly", ("series", 2_400, 150), since=2014, access="restricted",
      lic="Data Use Agreement"),
    T("transport", ["guiyang"],
      "贵阳市网约车出行汇总数据", "Ride-hailing trips in Guiyang (aggregated)",
      "网约车订单按小时和500米网格汇总的出发量、到达量和平均行程时间，不含个人信息。",
      "Ride-hailing orders totalled by hour and 500 m grid cell: departures, arrivals and mean "
      "trip time; no personal data.",
      ["网约车", "出行", "交通需求", "ride-hailing", "trips", "travel demand"], "transport",
      ["PARQUET"], "weekly", ("fixed", 52_000_000, 36), since=2020, minyear=2021),
    T("transport", ["prov"],
      "贵阳龙洞堡国际机场旅客和货邮吞吐量", "Guiyang Longdongbao Airport passenger and cargo throughput",
      "贵阳龙洞堡国际机场的月度旅客吞吐量、货邮吞吐量和航班起降架次，分国内、国际。",
      "Monthly passengers, cargo and mail, and aircraft movements at Guiyang Longdongbao "
      "International Airport, domestic and international.",
      ["机场", "旅客吞吐量", "航空", "airport", "passengers", "aviation"], "airport",
      ["CSV", "XLSX"], "monthly", ("fixed", 1_400, 120), since=2012),
    T("transport", ["prov"],
      "贵州省铁路旅客发送量", "Railway passenger departures, Guizhou",
      "全省主要火车站的月度旅客发送量和到达量，含高铁和普速。",
      "Monthly passenger departures and arrivals at Guizhou's main railway stations, "
      "high-speed and conventional.",
      ["铁路", "高铁", "旅客发送量", "railways", "high-speed rail", "passengers"], "rail",
      ["CSV"], "monthly", ("fixed", 4_800, 110), since=2015),
    T("transport", ["guiyang"],
      "贵阳市交通监控图像车辆标注数据集", "Traffic camera images with vehicle annotations, Guiyang",
      "路口监控视频抽帧图像，标注机动车、非机动车和行人的位置框及车型，已对车牌和人脸做模糊处理。",
      "Frames from junction cameras labelled with boxes and classes for vehicles, bicycles and "
      "pedestrians; number plates and faces are blurred.",
      ["交通监控", "目标检测", "车辆", "标注", "traffic cameras", "object detection", "vehicles",
       "annotation"], "annot", ["JPEG", "JSON"], "irregular", ("fixed", 95_000, 520_000),
      since=2021, ann="annotated", minyear=2022, lic="CC-BY-NC-4.0"),
    T("transport", ["guiyang", "zunyi"],
      "{z}公共停车场及泊位使用情况", "Public car parks and their occupancy, {e}",
      "公共停车场的位置、泊位数、收费标准，以及每15分钟的空余泊位数。",
      "Location, spaces and charges of public car parks, with free spaces every 15 minutes.",
      ["停车场", "泊位", "智慧停车", "car parks", "parking spaces", "smart parking"], "transport",
      ["CSV", "JSON"], "daily", ("series", 4_200_000, 40), since=2020, minyear=2021),
    T("transport", ["national"],
      "国家公路网贵州段路况信息", "National road network, Guizhou section: road conditions",
      "国道和国家高速公路贵州段的施工、管制、拥堵和恶劣天气通行信息。",
      "Roadworks, closures, congestion and bad-weather notices on the Guizhou sections of "
      "national highways and expressways.",
      ["路况", "国道", "出行信息", "road conditions", "national highways", "travel information"],
      "transport", ["JSON", "XML"], "daily", ("fixed", 180_000, 480), since=2019),
    # ---- education ---------------------------------------------------------------------------
    T("education", ["prov", "guiyang", "zunyi", "bijie"],
      "{z}学校名录", "Schools in {e}",
      "幼儿园、小学、初中、高中和中职学校的名称、办学性质、地址、学段和在校生规模。",
      "Name, public or private status, address, stages taught and enrolment of kindergartens, "
      "primary, junior and senior high schools and vocational schools.",
      ["学校", "名录", "教育", "schools", "register", "education"], "edu", ["CSV", "XLSX"],
      "annual", ("list", 21_000, 320)),
    T("education", ["prov"],
      "贵州省普通高校招生录取统计", "University admission statistics, Guizhou",
      "普通高校在黔招生的分批次、分科类录取人数和最低录取分数线。",
      "Students admitted to universities from Guizhou by batch and track, with the minimum "
      "admission scores.",
      ["高考", "招生", "录取", "college entrance exam", "admissions", "universities"], "exam",
      ["CSV", "PDF"], "annual", ("fixed", 26_000, 150), since=2015),
    T("education", ["prov"],
      "贵州省教育统计年鉴", "Education statistics yearbook, Guizhou",
      "各级各类学校的学校数、在校生、招生、毕业生、专任教师和办学条件。",
      "Schools, enrolment, new students, graduates, full-time teachers and facilities at every "
      "level of education.",
      ["教育统计", "年鉴", "在校生", "education statistics", "yearbook", "enrolment"], "edu",
      ["XLSX", "PDF"], "annual", ("fixed", 12_000, 600), since=2012),
    T("education", ["prov"],
      "贵州省职业院校专业设置与招生", "Vocational colleges: programmes and enrolment, Guizhou",
      "高职和中职院校的专业设置、招生计划、实际招生和就业率。",
      "Programmes, planned and actual enrolment, and graduate employment of higher and "
      "secondary vocational colleges.",
      ["职业教育", "专业设置", "就业率", "vocational education", "programmes", "employment"],
      "edu", ["CSV", "XLSX"], "annual", ("fixed", 9_200, 210), since=2017),
    T("education", ["prov"],
      "中小学数学解题过程评测基准", "Chinese K-12 maths problems with worked solutions (benchmark)",
      "小学到高中的数学题及人工编写的分步解答，用于评测大模型的推理能力，按年级和知识点分类。",
      "Maths problems from primary to senior high school with step-by-step solutions written by "
      "teachers, for testing the reasoning of language models, by grade and topic.",
      ["数学", "推理", "大模型评测", "基准", "mathematics", "reasoning", "LLM evaluation",
       "benchmark"], "annot", ["JSONL"], "never", ("fixed", 15_000, 2_100), since=2023,
      ann="benchmark", minyear=2024, lic="CC-BY-4.0"),
    T("education", ["prov"],
      "贵州省数字教育资源目录", "Open digital learning resources, Guizhou",
      "省级教育资源公共服务平台的课程、微课和课件目录，含学科、学段和访问地址。",
      "Courses, short lessons and teaching materials on the provincial education resource "
      "platform, with subject, stage and address.",
      ["教育资源", "在线课程", "课件", "learning resources", "online courses", "teaching materials"],
      "edu", ["CSV", "JSON"], "monthly", ("fixed", 68_000, 420), since=2019),
    T("education", ["prov", "bijie"],
      "{z}学生资助情况", "Student financial aid, {e}",
      "各学段学生资助的人数和金额，按资助项目和县区分列。",
      "Students receiving financial aid and the amounts, by stage, programme and county.",
      ["学生资助", "助学金", "教育公平", "student aid", "grants", "education equity"], "edu",
      ["CSV", "XLSX"], "annual", ("series", 1_800, 160), since=2016),
    T("education", ["prov"],
      "苗语和侗语语音转写数据集", "Miao and Dong speech recordings with transcripts",
      "苗语和侗语母语者的朗读与对话录音，附国际音标和汉语对照的转写。",
      "Read and conversational speech by native Miao and Dong speakers, transcribed in IPA with "
      "Chinese translations.",
      ["苗语", "侗语", "语音识别", "少数民族语言", "标注", "Miao", "Dong", "speech recognition",
       "minority languages", "annotation"], "annot", ["WAV", "JSON"], "irregular",
      ("fixed", 210_000, 310_000), since=2021, ann="annotated", minyear=2022, lic="CC-BY-NC-4.0"),
    # ---- environment -------------------------------------------------------------------------
    T("environment", ["prov", "guiyang", "zunyi", "liupanshui", "bijie"],
      "{z}空气质量逐小时监测数据", "Hourly air quality readings, {e}",
      "{z}空气质量自动监测站逐小时的PM2.5、PM10、SO2、NO2、O3、CO浓度和空气质量指数（AQI）。",
      "Hourly PM2.5, PM10, SO2, NO2, O3 and CO concentrations and the air quality index (AQI) "
      "from the automatic monitoring stations in {e}.",
      ["空气质量", "PM2.5", "AQI", "air quality", "PM2.5", "AQI"], "env", ["CSV", "JSON"], "daily",
      ("series", 1_100_000, 70), since=2015),
    T("environment", ["prov", "guiyang"],
      "{z}地表水水质监测数据", "Surface water quality at monitoring sections, {e}",
      "河流和湖库监测断面的月度水质类别，溶解氧、高锰酸盐指数、氨氮和总磷浓度。",
      "Monthly water quality class, dissolved oxygen, permanganate index, ammonia nitrogen and "
      "total phosphorus at river and reservoir monitoring sections.",
      ["水质", "地表水", "监测断面", "water quality", "surface water", "monitoring"], "env",
      ["CSV", "XLSX"], "monthly", ("series", 4_300, 170), since=2015),
    T("environment", ["prov"],
      "贵州省分县森林覆盖率", "Forest cover by county, Guizhou",
      "各县（市、区）年度森林面积、森林覆盖率和森林蓄积量。",
      "Forest area, forest cover and growing stock by county and year.",
      ["森林覆盖率", "林业", "生态", "forest cover", "forestry", "ecology"], "forest",
      ["CSV", "XLSX"], "annual", ("fixed", 1_300, 120), since=2010),
    T("environment", ["prov"],
      "贵州省重点排污单位排放信息", "Key polluters and their emissions, Guizhou",
      "重点排污单位的名称、排放口、主要污染物、排放浓度和执行标准。",
      "Key polluting facilities: name, outlets, main pollutants, concentrations and the "
      "standards they must meet.",
      ["排污单位", "污染源", "排放", "polluters", "pollution sources", "emissions"], "env",
      ["CSV", "JSON"], "monthly", ("fixed", 86_000, 280), since=2018),
    T("environment", ["prov"],
      "贵州省生态保护红线", "Ecological protection red lines, Guizhou",
      "生态保护红线的范围矢量和类型（水源涵养、水土保持、生物多样性维护等）。",
      "Boundaries and types (water conservation, soil conservation, biodiversity) of the "
      "ecological protection red lines.",
      ["生态保护红线", "国土空间", "生态", "ecological red lines", "spatial planning", "ecology"],
      "natres", ["SHP", "GEOJSON"], "irregular", ("fixed", 2_900, 360_000), since=2018),
    T("environment", ["prov"],
      "贵州省喀斯特石漠化监测数据", "Karst rocky desertification monitoring, Guizhou",
      "基于遥感和样地调查的石漠化面积、程度等级和治理成效，按县统计。",
      "Area, severity and restoration of karst rocky desertification by county, from remote "
      "sensing and field plots.",
      ["石漠化", "喀斯特", "生态修复", "rocky desertification", "karst", "restoration"], "forest",
      ["CSV", "SHP"], "irregular", ("fixed", 5_600, 24_000), since=2011),
    T("environment", ["prov"],
      "喀斯特地貌遥感地物分类基准数据集", "Land cover classification benchmark for karst terrain",
      "高分辨率卫星影像切片及逐像素地物类别标注（耕地、林地、建设用地、裸岩等），附统一评测协议。",
      "High-resolution satellite image tiles with pixel-level land cover labels (cropland, "
      "forest, built-up land, bare rock) and a common evaluation protocol.",
      ["遥感", "地物分类", "喀斯特", "基准", "remote sensing", "land cover", "karst", "benchmark"],
      "annot", ["TIFF", "JSON"], "never", ("fixed", 22_000, 6_300_000), since=2021,
      ann="benchmark", minyear=2022, lic="CC-BY-4.0"),
    T("environment", ["guiyang"],
      "贵阳市城市声环境监测", "Urban noise monitoring, Guiyang",
      "功能区噪声自动监测站逐小时的等效声级，以及区域和道路交通噪声年度监测结果。",
      "Hourly equivalent sound levels at functional-zone noise stations, and the yearly area and "
      "road traffic noise surveys.",
      ["噪声", "声环境", "城市", "noise", "acoustic environment", "city"], "env", ["CSV"],
      "monthly", ("fixed", 330_000, 60), since=2018),
    T("environment", ["national"],
      "国家地表水水质自动监测实时数据", "National automatic surface water quality monitoring",
      "国家地表水水质自动监测站每4小时的水温、pH、溶解氧、高锰酸盐指数、氨氮、总磷、总氮。",
      "Water temperature, pH, dissolved oxygen, permanganate index, ammonia nitrogen, total "
      "phosphorus and nitrogen every 4 hours from China's automatic water quality stations.",
      ["水质", "自动监测", "全国", "water quality", "automatic monitoring", "China"], "env",
      ["CSV", "JSON"], "daily", ("fixed", 21_000_000, 90), since=2018),
    # ---- finance -----------------------------------------------------------------------------
    T("finance", ["prov", "guiyang", "zunyi"],
      "{z}金融机构人民币存贷款", "Deposits and loans of financial institutions, {e}",
      "金融机构本外币和人民币各项存款、贷款的月末余额和同比增速，按部门和期限分列。",
      "Month-end deposits and loans of financial institutions, in yuan and all currencies, "
      "with year-on-year growth, by sector and term.",
      ["存款", "贷款", "金融统计", "deposits", "loans", "financial statistics"], "pbc",
      ["CSV", "XLSX"], "monthly", ("series", 840, 130), since=2012),
    T("finance", ["prov"],
      "贵州省分县普惠金融指标", "Inclusive finance indicators by county, Guizhou",
      "各县小微企业贷款、涉农贷款、银行网点和移动支付覆盖率等普惠金融指标。",
      "Loans to small businesses and farmers, bank branches, mobile payment coverage and other "
      "inclusive finance indicators for each county.",
      ["普惠金融", "小微企业", "涉农贷款", "inclusive finance", "small businesses", "rural credit"],
      "pbc", ["CSV"], "quarterly", ("fixed", 7_400, 150), since=2017),
    T("finance", ["prov"],
      "贵州省保险业保费收入和赔付", "Insurance premiums and claims, Guizhou",
      "财产险、人身险各险种的月度保费收入和赔付支出，按市州分列。",
      "Monthly premiums and claims paid for property and life insurance lines, by city and "
      "prefecture.",
      ["保险", "保费", "赔付", "insurance", "premiums", "claims"], "nfra", ["CSV", "XLSX"],
      "monthly", ("fixed", 11_000, 120), since=2014),
    T("finance", ["prov"],
      "贵州省社会融资规模增量", "Aggregate financing to the real economy, Guizhou",
      "社会融资规模增量的季度数据，分人民币贷款、企业债券、政府债券和股票融资。",
      "Quarterly increase in aggregate financing to the real economy, by yuan loans, corporate "
      "bonds, government bonds and equity.",
      ["社会融资", "融资", "金融", "aggregate financing", "funding", "finance"], "pbc", ["CSV"],
      "quarterly", ("fixed", 260, 140), since=2015),
    T("finance", ["prov", "guiyang"],
      "{z}企业信用信息", "Enterprise credit records, {e}",
      "企业的行政许可、处罚、守信激励和失信惩戒记录以及公共信用综合评价等级。",
      "Licences, penalties, commendations and blacklisting of enterprises, with their overall "
      "public credit rating.",
      ["信用", "企业信用", "失信", "credit", "enterprise credit", "blacklist"], "ndrc",
      ["CSV", "JSON"], "weekly", ("list", 980_000, 360), since=2018, access="restricted",
      lic="Data Use Agreement"),
    T("finance", ["prov"],
      "金融客服对话意图标注数据集", "Annotated financial customer-service dialogues",
      "银行和保险客服热线的脱敏对话转写，标注了用户意图、情绪和业务类别。",
      "De-identified transcripts of bank and insurance service-line calls, annotated with "
      "customer intent, sentiment and business line.",
      ["金融客服", "意图识别", "对话", "标注", "financial services", "intent detection", "dialogue",
       "annotation"], "annot", ["JSONL"], "irregular", ("fixed", 140_000, 1_900), since=2021,
      ann="annotated", minyear=2023, lic="CC-BY-NC-4.0"),
    T("finance", ["prov"],
      "贵州省分税种税收收入", "Tax revenue by type, Guizhou",
      "增值税、企业所得税、个人所得税等主要税种的月度税收收入和同比增速。",
      "Monthly revenue from value-added tax, corporate and personal income tax and other main "
      "taxes, with year-on-year growth.",
      ["税收", "财政收入", "税种", "tax revenue", "public revenue", "taxes"], "tax",
      ["CSV", "XLSX"], "monthly", ("fixed", 2_300, 110), since=2014),
    # ---- other -------------------------------------------------------------------------------
    T("other", ["prov", "guiyang"],
      "{z}标准地名", "Standard place names of {e}",
      "行政区划、居民点、道路、山川和水系的标准地名、罗马字母拼写、含义和坐标。",
      "Standard names of administrative divisions, settlements, roads, mountains and rivers, "
      "with their romanisation, meaning and coordinates.",
      ["地名", "行政区划", "地理信息", "place names", "administrative divisions", "geography"],
      "civil", ["CSV", "GEOJSON"], "irregular", ("list", 240_000, 300)),
    T("other", ["prov"],
      "贵州省1:1万基础地理信息数据", "Basic geographic data at 1:10,000, Guizhou",
      "1:1万比例尺的地形、水系、交通、居民地和境界要素，按图幅提供，仅限授权单位使用。",
      "Terrain, water, transport, settlements and boundaries at 1:10,000, by map sheet; for "
      "authorised bodies only.",
      ["基础测绘", "地形图", "地理信息", "mapping", "topography", "geographic data"], "natres",
      ["SHP", "TIFF"], "annual", ("fixed", 7_800, 95_000_000), since=2016, access="restricted",
      lic="Data Use Agreement"),
    T("other", ["prov"],
      "中文通用预训练语料（清洗版）", "General Chinese text corpus for model pre-training (cleaned)",
      "经去重、去除低质量和敏感内容后的中文网页、百科和书籍文本，作为标准化基础训练数据集。",
      "Chinese web pages, encyclopaedia articles and books, deduplicated and stripped of "
      "low-quality and sensitive content: a standardised basic training dataset.",
      ["预训练", "语料", "大模型", "基础训练数据", "pre-training", "corpus", "large language models",
       "training data"], "annot", ["JSONL", "PARQUET"], "irregular", ("fixed", 310_000_000, 4_200),
      since=2019, minyear=2023, lic="ODC-BY-1.0"),
    T("other", ["prov"],
      "贵州方言普通话语音转写数据集", "Mandarin speech with Guizhou accents, transcribed",
      "带贵州口音的普通话朗读和自由对话录音，人工转写并标注说话人性别、年龄段和地区。",
      "Read and spontaneous Mandarin with Guizhou accents, transcribed by hand and labelled with "
      "speaker sex, age band and region.",
      ["语音识别", "方言", "口音", "标注", "speech recognition", "dialects", "accents",
       "annotation"], "annot", ["WAV", "JSON"], "irregular", ("fixed", 540_000, 290_000),
      since=2021, ann="annotated", minyear=2022, lic="CC-BY-NC-4.0"),
    T("other", ["prov"],
      "中文图文对数据集", "Chinese image-text pairs for multimodal training",
      "图片与中文描述的配对数据，已过滤版权和隐私风险内容，用于多模态模型训练。",
      "Images paired with Chinese captions, filtered for copyright and privacy risks, for "
      "training multimodal models.",
      ["图文对", "多模态", "训练数据", "image-text pairs", "multimodal", "training data"], "annot",
      ["PARQUET", "JPEG"], "irregular", ("fixed", 18_000_000, 180_000), since=2020, minyear=2023,
      lic="CC-BY-NC-4.0"),
    T("other", ["prov"],
      "中文指令微调数据集", "Chinese instruction-tuning dataset",
      "覆盖政务、文旅、医疗、农业等领域的人工编写和审核的指令与回答，用于大模型指令微调。",
      "Instructions and answers written and reviewed by people, covering government, tourism, "
      "healthcare, agriculture and other fields, for instruction-tuning language models.",
      ["指令微调", "大模型", "标注", "instruction tuning", "large language models", "annotation"],
      "annot", ["JSONL"], "irregular", ("fixed", 260_000, 2_600), since=2023, ann="annotated",
      minyear=2023, lic="CC-BY-4.0"),
    T("other", ["prov"],
      "中文通用知识评测基准", "Chinese general knowledge evaluation benchmark",
      "涵盖人文、社科、理工和贵州地方知识的单选题，用于评测大模型的知识水平，测试集答案不公开。",
      "Multiple-choice questions on the humanities, social science, science and local Guizhou "
      "knowledge for testing language models; test-set answers are withheld.",
      ["知识评测", "大模型", "基准", "knowledge evaluation", "large language models", "benchmark"],
      "annot", ["JSONL", "CSV"], "never", ("fixed", 13_500, 900), since=2023, ann="benchmark",
      minyear=2024, lic="CC-BY-NC-4.0"),
]

ISSUE_WEIGHTS = {2019: 0.08, 2020: 0.11, 2021: 0.14, 2022: 0.18, 2023: 0.23, 2024: 0.26}
LAG_DAYS = {"daily": 1, "weekly": 7, "monthly": 31, "quarterly": 92, "annual": 366}


def random_date(rng, start, end):
    if end < start:
        return start
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def year_quota(total):
    """Datasets issued per year: the catalog grows, each year more than the last."""
    quota = {y: int(total * w) for y, w in ISSUE_WEIGHTS.items()}
    years = sorted(quota, key=lambda y: -ISSUE_WEIGHTS[y])
    i = 0
    while sum(quota.values()) < total:
        quota[years[i % len(years)]] += 1
        i += 1
    return quota


def pick_license(rng, topic, access):
    if topic["lic"]:
        return topic["lic"]
    if access == "restricted":
        return "Data Use Agreement"
    if access == "non-public":
        return "Internal use only"
    return rng.choices(["CC-BY-4.0", "CC0-1.0", "ODbL-1.0", "CC-BY-NC-4.0"],
                       weights=[70, 10, 8, 12])[0]


def build_datasets(rng):
    entries = []
    for topic in TOPICS:
        for scope in topic["scopes"]:
            entries.append((topic, scope))
    quota = year_quota(len(entries))
    # Those that may only appear late are placed first, so the quota leaves room for them.
    order = sorted(range(len(entries)), key=lambda i: (-entries[i][0]["minyear"], i))
    issued_year = {}
    for i in order:
        allowed = [y for y in quota if y >= entries[i][0]["minyear"] and quota[y] > 0]
        year = rng.choices(allowed, weights=[quota[y] for y in allowed])[0]
        quota[year] -= 1
        issued_year[i] = year

    rows = []
    for i, (topic, scope) in enumerate(entries):
        place = PLACES[scope]
        year = issued_year[i]
        issued = random_date(rng, dt.date(year, 1, 4),
                             min(dt.date(year, 12, 28), AS_OF - dt.timedelta(days=3)))
        freq = topic["freq"]

        # Modified: recent for maintained datasets, a few left behind, once for snapshots.
        if freq == "never":
            modified = min(AS_OF, issued + dt.timedelta(days=rng.randint(0, 45)))
        elif freq == "irregular":
            modified = random_date(rng, issued, AS_OF)
        elif rng.random() < 0.06:
            modified = min(AS_OF, random_date(rng, issued + dt.timedelta(days=30),
                                              issued + dt.timedelta(days=700)))
        else:
            recent = {"daily": 6, "weekly": 14, "monthly": 40, "quarterly": 100,
                      "annual": 170}[freq]
            modified = max(issued, AS_OF - dt.timedelta(days=rng.randint(0, recent)))

        # Temporal coverage: from the topic's first year (no later than the issue year) to
        # shortly before the last update. Registers are a snapshot with no coverage.
        kind, amount, bytes_per_record = topic["size"]
        if kind == "list":
            t_start, t_end = None, None
        else:
            start_year = min(topic["since"] + (rng.randint(0, 3) if scope not in ("prov", "national")
                                               else 0), year)
            t_start = dt.date(start_year, 1, 1)
            if freq == "annual":
                t_end = dt.date(modified.year - 1, 12, 31)
            elif freq in ("never", "irregular"):
                t_end = modified - dt.timedelta(days=rng.randint(30, 200))
            else:
                t_end = modified - dt.timedelta(days=LAG_DAYS[freq])
            t_end = max(t_end, t_start + dt.timedelta(days=30))
            if freq == "monthly" or freq == "quarterly":
                t_end = t_end.replace(day=1) - dt.timedelta(days=1)  # a month's last day
                t_end = max(t_end, t_start)

        scale = 1.0 if kind in ("fixed", "runs") else place["scale"]
        if kind in ("series", "runs"):
            years = max(0.25, ((t_end - t_start).days + 1) / 365.25)
            records = amount * years * scale
        else:
            records = amount * scale
        records = max(12, int(records * rng.uniform(0.82, 1.22)))
        if kind == "runs":
            records = min(records, int(amount * years))  # no more runs than hours
            bytes_per_record *= place["scale"]
        byte_size = int(records * bytes_per_record * rng.uniform(0.85, 1.2))
        if "PDF" in topic["fmt"] and kind != "fixed":
            byte_size += rng.randint(2, 40) * 1_000_000  # the report itself

        access = topic["access"]
        keywords = topic["kw"] + ([place["zs"], place["e"]] if scope != "national" else [])
        rows.append(dict(
            _scope=scope, _theme=topic["theme"],
            title_zh=(topic["zh_national"] if scope == "national" and topic["zh_national"]
                      else topic["zh"].format(z=place["z"], zs=place["zs"])),
            title_en=topic["en"].format(e=place["e"]),
            description_zh=topic["dzh"].format(z=place["z"], zs=place["zs"]),
            description_en=topic["den"].format(e=place["e"]),
            keywords=";".join(dict.fromkeys(keywords)),
            publisher=publisher(topic["pub"], scope),
            theme=topic["theme"],
            level=place["level"],
            license=pick_license(rng, topic, access),
            access=access,
            formats=";".join(topic["fmt"]),
            byte_size=str(byte_size),
            record_count=str(records),
            temporal_start=t_start.isoformat() if t_start else "",
            temporal_end=t_end.isoformat() if t_end else "",
            update_frequency=freq,
            annotation=topic["ann"],
            issued=issued.isoformat(),
            modified=modified.isoformat(),
            source=SYNTHETIC,
        ))

    # Identifiers number each theme's datasets in the order they were issued.
    rows.sort(key=lambda r: (r["issued"], r["theme"], r["title_en"]))
    counters = {}
    for row in rows:
        prefix = "cn" if row["level"] == "national" else "gz"
        key = (prefix, row["theme"])
        counters[key] = counters.get(key, 0) + 1
        row["identifier"] = "%s-%s-%04d" % (prefix, THEME_CODE[row["theme"]], counters[key])
        row["landing_page"] = LANDING.format(row["identifier"])
    rows.sort(key=lambda r: r["identifier"])
    return [{c: r[c] for c in DATASET_COLUMNS} for r in rows]


# ---------------------------------------------------------------------------
# Observations.

INDUSTRIES = {  # share of enterprises on the cloud in 2019 and 2024
    "manufacturing": (0.31, 0.27), "retail": (0.15, 0.13), "logistics": (0.08, 0.08),
    "finance": (0.04, 0.035), "healthcare": (0.035, 0.05), "tourism": (0.07, 0.08),
    "agriculture": (0.05, 0.075), "energy": (0.055, 0.05), "government": (0.03, 0.03),
    "software": (0.12, 0.15),
}
# Relative weight of each region in 2019 and 2024. The regions hold REGION_COVERAGE of the
# province total: Guiyang's outer county-level city and counties (Qingzhen, Kaiyang, Xifeng,
# Xiuwen) are in the total but not broken out.
REGION_COVERAGE = 0.955
REGIONS = {
    "nanming": (0.085, 0.075), "yunyan": (0.095, 0.085), "huaxi": (0.05, 0.05),
    "wudang": (0.03, 0.035), "baiyun": (0.04, 0.04), "guanshanhu": (0.075, 0.08),
    "gui_an": (0.04, 0.075), "zunyi": (0.135, 0.13), "liupanshui": (0.05, 0.045),
    "anshun": (0.045, 0.045), "bijie": (0.065, 0.07), "tongren": (0.04, 0.04),
    "qiandongnan": (0.05, 0.05), "qiannan": (0.06, 0.055), "qianxinan": (0.05, 0.045),
}
SCENARIO_FIELDS = ["industry", "rural", "healthcare", "tourism", "education", "government"]


def obs(series, period, value, unit, category="", source=SYNTHETIC):
    if isinstance(value, float) and not value.is_integer():
        text = "%.1f" % value
    else:
        text = str(int(round(value)))
    return dict(series=series, period=period, category=category, value=text, unit=unit,
                source=source)


def months(first, last):
    y, m = first
    while (y, m) <= last:
        yield y, m
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def split_total(rng, total, shares, bias):
    """Integers in proportion to shares that sum to round(total). bias: a lasting factor per
    category (so a category does not shrink from one year to the next), plus a little noise."""
    noisy = {k: s * bias[k] * rng.uniform(0.99, 1.01) for k, s in shares.items()}
    norm = sum(noisy.values())
    exact = {k: total * v / norm for k, v in noisy.items()}
    parts = {k: int(math.floor(v)) for k, v in exact.items()}
    rest = int(round(total)) - sum(parts.values())
    for k in sorted(exact, key=lambda k: exact[k] - parts[k], reverse=True)[:rest]:
        parts[k] += 1
    return parts


def interpolate(pair, year):
    a, b = pair
    return a + (b - a) * (year - 2019) / 5.0


def build_adoption(rng):
    # Enterprises on the cloud: increments that grow with the provincial campaign, slower in
    # February (Spring Festival) and October (National Day), stronger at year end and in
    # mid-2020 when remote work pushed companies online; scaled so that March 2024 lands just
    # above the published 30,000.
    start_count = 5_600.0
    target_2024_03 = 30_180.0
    season = {1: 0.9, 2: 0.55, 3: 1.15, 4: 1.0, 5: 1.0, 6: 1.1, 7: 0.95, 8: 0.9, 9: 1.05,
              10: 0.75, 11: 1.1, 12: 1.35}
    raw = []
    for i, (y, m) in enumerate(months((2019, 1), (2024, 6))):
        trend = 1.0 + 0.9 * (i / 62.0)
        boost = 1.3 if (y == 2020 and 4 <= m <= 9) else 1.0
        raw.append(((y, m), trend * boost * season[m] * rng.uniform(0.88, 1.12)))
    until_march = sum(v for (ym, v) in raw if ym <= (2024, 3))
    factor = (target_2024_03 - start_count) / until_march
    cumulative, running = [], start_count
    for ym, v in raw:
        running += v * factor
        cumulative.append((ym, int(round(running))))

    rows = []
    previous = int(start_count)
    year_end = {}
    for (y, m), count in cumulative:
        period = "%04d-%02d" % (y, m)
        rows.append(obs("enterprises_on_cloud", period, count, "enterprises"))
        rows.append(obs("new_adopters", period, count - previous, "enterprises"))
        previous = count
        year_end[y] = count  # December, or the latest month of 2024

    rows.append(obs("province_figure", "2024-03", 30_000, "enterprises", source=PRESS +
                    "30,000 companies in the province use cloud services"))

    industry_bias = {k: rng.uniform(0.95, 1.05) for k in INDUSTRIES}
    region_bias = {k: rng.uniform(0.95, 1.05) for k in REGIONS}
    for year in range(2019, 2025):
        total = year_end[year]
        shares = {k: interpolate(v, year) for k, v in INDUSTRIES.items()}
        for key, value in split_total(rng, total, shares, industry_bias).items():
            rows.append(obs("adoption_by_industry", str(year), value, "enterprises", key))
        shares = {k: interpolate(v, year) for k, v in REGIONS.items()}
        covered = total * REGION_COVERAGE
        for key, value in split_total(rng, covered, shares, region_bias).items():
            rows.append(obs("adoption_by_region", str(year), value, "enterprises", key))

    rates = {2019: 21.4, 2020: 27.9, 2021: 33.6, 2022: 38.2, 2023: 43.5, 2024: 46.1}
    for year, rate in rates.items():
        rows.append(obs("above_size_rate", str(year), rate, "percent"))

    # Targets set ahead of each year, a little above what the year then reached.
    for year in range(2019, 2024):
        target = int(math.ceil(year_end[year] * rng.uniform(1.0, 1.08) / 1000.0)) * 1000
        rows.append(obs("adoption_target", str(year), target, "enterprises"))
    rows.append(obs("adoption_target", "2024", 35_000, "enterprises"))
    return rows


def build_industry():
    rows = []
    # Output value of the big data electronic information industry: doubled 2018 -> 2023.
    growth = [1.14, 1.11, 1.175, 1.12]
    last = 2.0 / math.prod(growth)
    value = 1_480.0
    series = {2018: value}
    for year, g in zip(range(2019, 2024), growth + [last]):
        value *= g
        series[year] = value
    series[2024] = value * 1.12
    for year, v in series.items():
        rows.append(obs("output_value", str(year), round(v, 1), "100m_yuan"))

    # Software and IT services revenue: five times 2018 by 2023, below the 1,000 target.
    growth = [1.38, 1.33, 1.41, 1.32]
    last = 5.0 / math.prod(growth)
    value = 118.6
    series = {2018: value}
    for year, g in zip(range(2019, 2024), growth + [last]):
        value *= g
        series[year] = value
    series[2024] = value * 1.21
    for year, v in series.items():
        rows.append(obs("software_revenue", str(year), round(v, 1), "100m_yuan"))
    rows.append(obs("software_revenue_target", "2024", 1_000, "100m_yuan", source=PRESS +
                    "target for the software service industry above 100 billion yuan"))

    for year, n in {2018: 150, 2019: 190, 2020: 240, 2021: 310, 2022: 420}.items():
        rows.append(obs("growing_enterprises", str(year), n, "enterprises"))
    rows.append(obs("growing_enterprises", "2023", 600, "enterprises", source=PRESS +
                    "over 600 growing enterprises introduced and cultivated in the past year"))
    rows.append(obs("growing_enterprises_target", "2024", 1_000, "enterprises", source=PRESS +
                    "target of over 1,000 growing enterprises in the emerging digital industry "
                    "this year"))

    scenarios = {
        2022: dict(industry=1, rural=0, healthcare=0, tourism=1, education=0, government=1),
        2023: dict(industry=3, rural=2, healthcare=2, tourism=2, education=1, government=2),
        2024: dict(industry=6, rural=4, healthcare=4, tourism=4, education=3, government=3),
    }
    for year, by_field in scenarios.items():
        for field in SCENARIO_FIELDS:
            rows.append(obs("model_scenarios", str(year), by_field[field], "scenarios", field))
    rows.append(obs("model_scenarios_target", "2024", 20, "scenarios", source=PRESS +
                    "more than 20 large-model application scenarios to open in industry, rural "
                    "vitalization, healthcare and tourism"))
    return rows


# ---------------------------------------------------------------------------
# Checks: the loader's rules (statistics.h) plus what the sample data promises.

ID_RE = re.compile(r"^[A-Za-z0-9._:-]{1,200}$")
KEY_RE = re.compile(r"^[a-z0-9_]{1,64}$")
CATEGORY_RE = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)*$")
PERIOD_RE = re.compile(r"^(\d{4})(-(\d{2}))?$")

# The only rows that may carry a citation: (series, period, category) -> value.
PUBLISHED = {
    ("province_figure", "2024-03", ""): 30_000,
    ("growing_enterprises", "2023", ""): 600,
    ("growing_enterprises_target", "2024", ""): 1_000,
    ("software_revenue_target", "2024", ""): 1_000,
    ("model_scenarios_target", "2024", ""): 20,
}


def parse_date(text):
    try:
        return dt.date.fromisoformat(text) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else None
    except ValueError:
        return None


def check_datasets(rows):
    problems = []
    seen = set()
    per_theme = {}
    per_year = {}
    for n, r in enumerate(rows, start=FIRST_RECORD_LINE):
        where = "datasets.csv:%d (%s)" % (n, r.get("identifier"))
        for col in ("identifier", "title_zh", "title_en", "description_zh", "description_en",
                    "keywords", "publisher", "theme", "level", "license", "access", "formats",
                    "byte_size", "record_count", "update_frequency", "annotation", "issued",
                    "modified", "landing_page", "source"):
            if not r[col]:
                problems.append("%s: %s is empty" % (where, col))
        if any("\n" in v or "\r" in v for v in r.values()):
            problems.append("%s: a field holds a line break" % where)
        if not ID_RE.match(r["identifier"]):
            problems.append("%s: bad identifier" % where)
        if r["identifier"] in seen:
            problems.append("%s: duplicate identifier" % where)
        seen.add(r["identifier"])
        if r["theme"] not in THEMES:
            problems.append("%s: unknown theme %s" % (where, r["theme"]))
        if r["level"] not in ("national", "provincial", "municipal"):
            problems.append("%s: bad level" % where)
        if r["access"] not in ("public", "restricted", "non-public"):
            problems.append("%s: bad access" % where)
        if r["annotation"] not in ("raw", "annotated", "benchmark"):
            problems.append("%s: bad annotation" % where)
        if r["update_frequency"] not in FREQUENCIES:
            problems.append("%s: bad update frequency" % where)
        keywords = r["keywords"].split(";")
        if len(keywords) > 64 or any(not k or len(k.encode()) > 100 for k in keywords):
            problems.append("%s: bad keywords" % where)
        if not any(re.search(r"[\u4e00-\u9fff]", k) for k in keywords) or \
                not any(re.fullmatch(r"[\x20-\x7e]+", k) for k in keywords):
            problems.append("%s: keywords not in both languages" % where)
        if not re.search(r"[\u4e00-\u9fff]", r["title_zh"] + r["description_zh"]):
            problems.append("%s: Chinese texts without Chinese" % where)
        if not re.fullmatch(r"[\x20-\x7e\u2013\u2019]+", r["title_en"] + r["description_en"]):
            problems.append("%s: English texts with other characters" % where)
        formats = r["formats"].split(";")
        if len(formats) > 32 or any(f != f.upper() or not f for f in formats):
            problems.append("%s: bad formats" % where)
        for col in ("title_zh", "title_en", "description_zh", "description_en"):
            if len(r[col].encode()) > 20_000:
                problems.append("%s: %s too long" % (where, col))
        if not (r["byte_size"].isdigit() and int(r["byte_size"]) > 0):
            problems.append("%s: bad byte_size" % where)
        if not (r["record_count"].isdigit() and int(r["record_count"]) > 0):
            problems.append("%s: bad record_count" % where)
        dates = {c: parse_date(r[c]) for c in ("temporal_start", "temporal_end", "issued",
                                                "modified")}
        for col, value in dates.items():
            if r[col] and value is None:
                problems.append("%s: %s not a date: %s" % (where, col, r[col]))
        if bool(r["temporal_start"]) != bool(r["temporal_end"]):
            problems.append("%s: half a temporal coverage" % where)
        if dates["temporal_start"] and dates["temporal_end"] and \
                dates["temporal_start"] > dates["temporal_end"]:
            problems.append("%s: temporal_start after temporal_end" % where)
        if dates["temporal_end"] and dates["modified"] and dates["temporal_end"] > dates["modified"]:
            problems.append("%s: data newer than its last update" % where)
        if dates["issued"] and dates["modified"]:
            if dates["modified"] < dates["issued"]:
                problems.append("%s: modified before issued" % where)
            if not dt.date(2019, 1, 1) <= dates["issued"] <= AS_OF or dates["modified"] > AS_OF:
                problems.append("%s: issued/modified outside 2019..%s" % (where, AS_OF))
            per_year[dates["issued"].year] = per_year.get(dates["issued"].year, 0) + 1
        if r["landing_page"] != LANDING.format(r["identifier"]):
            problems.append("%s: landing page not on the fictional host" % where)
        if r["source"] != SYNTHETIC:
            problems.append("%s: a made-up dataset must say synthetic" % where)
        per_theme[r["theme"]] = per_theme.get(r["theme"], 0) + 1
    if len(rows) < 220:
        problems.append("datasets.csv: only %d datasets" % len(rows))
    for theme in THEMES:
        if per_theme.get(theme, 0) < 8:
            problems.append("datasets.csv: theme %s has %d datasets" % (theme, per_theme.get(theme, 0)))
    named = ("tourism", "electricity", "government", "meteorology")
    smallest_named = min(per_theme.get(t, 0) for t in named)
    largest_other = max(per_theme.get(t, 0) for t in THEMES if t not in named)
    if smallest_named <= largest_other:
        problems.append("datasets.csv: the four named themes are not the largest")
    counts = [per_year.get(y, 0) for y in sorted(ISSUE_WEIGHTS)]
    if any(b <= a for a, b in zip(counts, counts[1:])):
        problems.append("datasets.csv: datasets issued per year do not rise: %s" % counts)
    return problems, per_theme, per_year


def check_observations(name, rows):
    problems = []
    seen = set()
    for n, r in enumerate(rows, start=FIRST_RECORD_LINE):
        where = "%s:%d (%s %s %s)" % (name, n, r["series"], r["period"], r["category"])
        if not KEY_RE.match(r["series"]) or not KEY_RE.match(r["unit"]):
            problems.append("%s: bad series or unit key" % where)
        if r["unit"] not in ("enterprises", "percent", "100m_yuan", "scenarios"):
            problems.append("%s: unexpected unit" % where)
        m = PERIOD_RE.match(r["period"])
        if not m or not 1990 <= int(m.group(1)) <= 2100 or \
                (m.group(3) and not 1 <= int(m.group(3)) <= 12):
            problems.append("%s: bad period" % where)
        if r["category"] and not (CATEGORY_RE.match(r["category"]) and len(r["category"]) <= 64):
            problems.append("%s: bad category" % where)
        try:
            if not math.isfinite(float(r["value"])):
                raise ValueError
        except ValueError:
            problems.append("%s: bad value" % where)
        if not r["source"] or len(r["source"].encode()) > 500:
            problems.append("%s: bad source" % where)
        key = (r["series"], r["period"], r["category"])
        if key in seen:
            problems.append("%s: duplicate observation" % where)
        seen.add(key)
        if r["source"] != SYNTHETIC:
            if key not in PUBLISHED or float(r["value"]) != PUBLISHED[key] or \
                    not r["source"].startswith(PRESS):
                problems.append("%s: a citation on a figure that was not published" % where)
    return problems


def check_consistency(adoption, industry):
    problems = []

    def series(rows, name):
        return {(r["period"], r["category"]): float(r["value"]) for r in rows
                if r["series"] == name}

    on_cloud = series(adoption, "enterprises_on_cloud")
    new = series(adoption, "new_adopters")
    periods = sorted(p for p, _ in on_cloud)
    if periods[0] != "2019-01" or periods[-1] != "2024-06" or len(periods) != 66:
        problems.append("enterprises_on_cloud: not monthly 2019-01..2024-06")
    for prev, cur in zip(periods, periods[1:]):
        if on_cloud[(cur, "")] - on_cloud[(prev, "")] != new[(cur, "")]:
            problems.append("new_adopters %s: not the increment" % cur)
        if new[(cur, "")] <= 0:
            problems.append("new_adopters %s: not positive" % cur)
    if abs(on_cloud[("2024-03", "")] - 30_000) > 600:
        problems.append("enterprises_on_cloud 2024-03 is not about 30,000")
    for year in range(2019, 2025):
        last = on_cloud[(max(p for p in periods if p.startswith(str(year))), "")]
        by_industry = sum(v for (p, c), v in series(adoption, "adoption_by_industry").items()
                          if p == str(year))
        by_region = sum(v for (p, c), v in series(adoption, "adoption_by_region").items()
                        if p == str(year))
        if by_industry != last:
            problems.append("adoption_by_industry %d: sums to %d, not %d" % (year, by_industry, last))
        if abs(by_region - last * REGION_COVERAGE) > 1:
            problems.append("adoption_by_region %d: %d against a total of %d" % (year, by_region, last))
    for name in ("adoption_by_industry", "adoption_by_region"):
        values = series(adoption, name)
        for (period, category), value in values.items():
            before = values.get((str(int(period) - 1), category))
            if before is not None and value < before:
                problems.append("%s %s %s: fewer than the year before" % (name, period, category))
    for name in ("output_value", "software_revenue", "growing_enterprises", "above_size_rate"):
        values = [v for _, v in sorted(series(adoption + industry, name).items())]
        if any(b <= a for a, b in zip(values, values[1:])):
            problems.append("%s: does not rise every year" % name)
    output = series(industry, "output_value")
    software = series(industry, "software_revenue")
    if not 1.95 <= output[("2023", "")] / output[("2018", "")] <= 2.05:
        problems.append("output_value did not double 2018..2023")
    if not 4.9 <= software[("2023", "")] / software[("2018", "")] <= 5.1:
        problems.append("software_revenue did not grow five times 2018..2023")
    if max(software.values()) >= 1_000:
        problems.append("software_revenue reaches its target")
    scenarios_2024 = sum(v for (p, c), v in series(industry, "model_scenarios").items()
                         if p == "2024")
    if scenarios_2024 <= 20:
        problems.append("model_scenarios 2024 not above 20")
    cited = {(r["series"], r["period"], r["category"]) for r in adoption + industry
             if r["source"] != SYNTHETIC}
    if cited != set(PUBLISHED):
        problems.append("published figures missing: %s" % sorted(set(PUBLISHED) - cited))
    return problems


# ---------------------------------------------------------------------------

# No field holds a line break, so a record's line is its index + FIRST_RECORD_LINE.
HEADER = ("# SCB Dashboard sample data: written by scripts/gen_sample_data.py, do not edit by hand.\n"
          "# Rows with source \"synthetic\" are made up for the demo; see README.md.\n")
FIRST_RECORD_LINE = HEADER.count("\n") + 2


def to_csv(columns, rows):
    out = io.StringIO()
    out.write(HEADER)
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def generate():
    datasets = build_datasets(random.Random(SEED))
    adoption = build_adoption(random.Random(SEED + 1))
    industry = build_industry()  # set by hand: few points, each chosen
    return datasets, adoption, industry


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--out", default=os.path.join(root, "resources", "data"))
    parser.add_argument("--check", action="store_true",
                        help="validate and compare with the files in --out instead of writing")
    args = parser.parse_args()

    datasets, adoption, industry = generate()
    problems, per_theme, per_year = check_datasets(datasets)
    problems += check_observations("adoption.csv", adoption)
    problems += check_observations("industry.csv", industry)
    if not problems:  # the consistency checks assume well-formed rows
        problems += check_consistency(adoption, industry)
    for p in problems:
        print("problem:", p, file=sys.stderr)
    if problems:
        return 1

    files = {
        "datasets.csv": to_csv(DATASET_COLUMNS, datasets),
        "adoption.csv": to_csv(OBSERVATION_COLUMNS, adoption),
        "industry.csv": to_csv(OBSERVATION_COLUMNS, industry),
    }
    status = 0
    if not args.check:
        os.makedirs(args.out, exist_ok=True)
    for name, text in files.items():
        path = os.path.join(args.out, name)
        if args.check:
            try:
                with open(path, encoding="utf-8", newline="") as f:
                    same = f.read() == text
            except OSError:
                same = False
            if not same:
                print("%s differs from what the script writes" % path, file=sys.stderr)
                status = 1
        else:
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(text)
    print("datasets: %d (%s)" % (len(datasets), ", ".join("%s %d" % (t, per_theme.get(t, 0))
                                                          for t in THEMES)))
    print("issued per year: %s" % ", ".join("%d: %d" % kv for kv in sorted(per_year.items())))
    print("adoption observations: %d, industry observations: %d" % (len(adoption), len(industry)))
    return status


if __name__ == "__main__":
    sys.exit(main())
