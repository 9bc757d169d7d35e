#!/usr/bin/env python3
"""Writes the scan benchmark's synthetic customer table (stdlib only, deterministic for a seed).

Columns: 客户编号, 姓名, 身份证号, 手机号, 银行卡号, 电子邮箱, 车架号, 车牌号, 家庭住址, 出生日期, 订单号 (18-digit
decoys: resident-ID-shaped numbers whose check digit is wrong), 订单金额, 经纬度, 登录IP.
Rows repeat persons (several orders per customer), so the distinct-person count is below the row count; the exact
count is printed on standard error.

    python3 bench/scan/generate.py --rows 1000000 --out /tmp/customers.csv [--encoding gb18030] [--seed 1]
"""
import argparse
import random
import sys

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志浩宇轩梓涵子豪欣怡思雨晨阳博文嘉乐"
REGIONS = ["110101", "110105", "310104", "310115", "440304", "440106", "320106", "330106", "510107", "420106", "620102", "500103", "370202", "610113"]
CITIES = [("北京市", "朝阳区"), ("上海市", "浦东新区"), ("广东省深圳市", "南山区"), ("广东省广州市", "天河区"), ("江苏省南京市", "鼓楼区"),
          ("浙江省杭州市", "西湖区"), ("四川省成都市", "武侯区"), ("湖北省武汉市", "洪山区"), ("陕西省西安市", "雁塔区")]
ROADS = "建国人民解放中山长江黄河科技文化和平新华"
PLATES = "京沪粤苏浙川鄂陕"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
VIN_VALUES = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
              **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
MOBILE_PREFIXES = ["130", "131", "135", "138", "139", "150", "152", "158", "166", "176", "180", "186", "188", "199"]


def id_check(body):
    return "10X98765432"[sum(int(c) * w for c, w in zip(body, ID_WEIGHTS)) % 11]


def resident_id(rng, year, month, day):
    body = f"{rng.choice(REGIONS)}{year:04d}{month:02d}{day:02d}{rng.randrange(1000):03d}"
    return body + id_check(body)


def decoy_id(rng):
    """An 18-digit order number shaped like a resident ID (region, date) whose check digit is wrong."""
    body = f"{rng.choice(REGIONS)}{rng.randrange(1960, 2005):04d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}{rng.randrange(1000):03d}"
    right = id_check(body)
    return body + rng.choice([c for c in "0123456789X" if c != right]).replace("X", "7")


def luhn_complete(prefix):
    total = 0
    for i, ch in enumerate(reversed(prefix)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return prefix + str((10 - total % 10) % 10)


def bank_card(rng):
    length = rng.choice([16, 19])
    prefix = rng.choice(["622202", "621700", "622848", "625807", "436742"])
    return luhn_complete(prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1)))


def vin(rng):
    chars = ["L", rng.choice("SFGB"), rng.choice("VWA")] + [rng.choice(VIN_CHARS) for _ in range(14)]
    chars[9] = rng.choice("ABCDEFGHJKLMNPRSTVWXY")
    total = sum(VIN_VALUES[c] * w for c, w in zip(chars, VIN_WEIGHTS)) % 11
    chars[8] = "X" if total == 10 else str(total)
    return "".join(chars)


def plate(rng):
    if rng.random() < 0.3:
        return rng.choice(PLATES) + rng.choice(PLATE_LETTERS) + rng.choice("DF") + "".join(rng.choice("0123456789") for _ in range(5))
    return rng.choice(PLATES) + rng.choice(PLATE_LETTERS) + "".join(rng.choice("0123456789ABCDEFGHJK") for _ in range(5))


def person(rng, n):
    year, month, day = rng.randrange(1950, 2006), rng.randrange(1, 13), rng.randrange(1, 29)
    province, district = rng.choice(CITIES)
    return {
        "name": rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2]))),
        "id": resident_id(rng, year, month, day),
        "mobile": rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}",
        "card": bank_card(rng),
        "email": f"user{n}@{rng.choice(['qq.com', '163.com', 'example.com.cn', 'mail.example.org'])}",
        "vin": vin(rng),
        "plate": plate(rng),
        "address": f"{province}{district}{rng.choice(ROADS)}{rng.choice(ROADS)}路{rng.randrange(1, 999)}号{rng.randrange(1, 30)}栋{rng.randrange(101, 2999)}室",
        "birth": f"{year:04d}-{month:02d}-{day:02d}",
        "geo": f"{rng.uniform(18.0, 53.0):.6f},{rng.uniform(73.0, 135.0):.6f}",
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--out", required=True)
    parser.add_argument("--encoding", default="utf-8")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=float, default=0.2, help="share of rows that repeat an earlier customer")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    persons = []
    ids = set()
    header = ["客户编号", "姓名", "身份证号", "手机号", "银行卡号", "电子邮箱", "车架号", "车牌号", "家庭住址", "出生日期", "订单号", "订单金额", "经纬度", "登录IP"]
    with open(args.out, "w", encoding=args.encoding, newline="") as out:
        out.write(",".join(header) + "\n")
        for row in range(args.rows):
            if persons and rng.random() < args.repeat:
                p = rng.choice(persons)
            else:
                p = person(rng, len(persons))
                persons.append(p)
                ids.add(p["id"])
            ip = f"{rng.randrange(1, 224)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}" if rng.random() < 0.95 \
                else f"2001:db8:{rng.randrange(65536):x}::{rng.randrange(65536):x}"
            fields = [f"C{row + 1:09d}", p["name"], p["id"], p["mobile"], p["card"], p["email"], p["vin"],
                      p["plate"], p["address"], p["birth"], decoy_id(rng), f"{rng.randrange(1, 100000)}.{rng.randrange(100):02d}",
                      '"' + p["geo"] + '"', ip]
            out.write(",".join(fields) + "\n")
    print(f"rows={args.rows} distinct_persons={len(ids)}", file=sys.stderr)


if __name__ == "__main__":
    main()
