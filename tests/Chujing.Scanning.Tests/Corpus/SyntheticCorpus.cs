using System.Globalization;
using System.Text;
using Chujing.Domain.Identifiers;

namespace Chujing.Scanning.Tests.Corpus;

/// <summary>
/// A labelled synthetic customer table, deterministic for a seed: every cell carries its true type (or none).
/// Identifier columns hold valid values plus about 2% corrupted ones (labelled none); decoy columns hold values built to
/// look like identifiers and fail them: 18-digit numbers with a wrong check digit, 11-digit numbers outside mobile
/// segments, card-like numbers failing Luhn, amounts and order numbers.
/// </summary>
public sealed class SyntheticCorpus
{
    private static readonly string[] Regions = ["110101", "110105", "310104", "440304", "440106", "320106", "330106", "510107", "420106", "620102", "500103", "610113"];
    private static readonly int[] IdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田";
    private const string Given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志浩宇轩";
    private const string VinCharacters = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";

    private SyntheticCorpus(int seed, string[] columns, string?[] truth, List<string[]> rows, List<bool[]> valid, int distinctPersons)
    {
        Seed = seed;
        Columns = columns;
        Truth = truth;
        Rows = rows;
        Valid = valid;
        DistinctPersons = distinctPersons;
    }

    /// <summary>The seed the corpus was generated with.</summary>
    public int Seed { get; }

    /// <summary>Column names (Chinese, as exported by a Chinese system).</summary>
    public string[] Columns { get; }

    /// <summary>The true type of each column; null for decoy and plain columns.</summary>
    public string?[] Truth { get; }

    /// <summary>The cells.</summary>
    public List<string[]> Rows { get; }

    /// <summary>Per cell: true when the cell is a valid value of its column's true type.</summary>
    public List<bool[]> Valid { get; }

    /// <summary>
    /// Distinct persons: every generated person, persons with the same resident ID being one. Rows whose ID was
    /// corrupted still belong to their person through the mobile, e-mail and bank card the person's other rows share.
    /// </summary>
    public int DistinctPersons { get; }

    /// <summary>Builds <paramref name="rows"/> rows; <paramref name="corrupt"/> is the share of corrupted identifier cells.</summary>
    public static SyntheticCorpus Generate(int rows, int seed, double corrupt = 0.02, double repeat = 0.2)
    {
        var random = new Random(seed);
        string[] columns = ["客户编号", "姓名", "身份证号", "手机号", "银行卡号", "电子邮箱", "车架号", "车牌号", "统一社会信用代码", "家庭住址", "出生日期", "经纬度", "登录IP",
            "订单号", "分机号", "卡号校验失败", "订单金额", "流水号"];
        string?[] truth = [null, "person-name", "cn-resident-id", "cn-mobile", "bank-card", "email", "vin", "cn-license-plate", "uscc", "address", "date-of-birth", "geo-coordinate", "ip-address",
            null, null, null, null, null];
        var persons = new List<string[]>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var table = new List<string[]>();
        var valid = new List<bool[]>();
        for (var r = 0; r < rows; r++)
        {
            var reuse = persons.Count > 0 && random.NextDouble() < repeat;
            var person = reuse ? persons[random.Next(persons.Count)] : NewPerson(random, persons.Count);
            if (!reuse)
            {
                persons.Add(person);
            }

            var cells = new string[columns.Length];
            var ok = new bool[columns.Length];
            cells[0] = "C" + (r + 1).ToString("D8", CultureInfo.InvariantCulture);
            for (var c = 1; c <= 12; c++)
            {
                cells[c] = person[c - 1];
                ok[c] = true;
            }

            // Corrupt some checksum-bearing cells; the truth for those cells becomes "none".
            foreach (var c in (int[])[2, 4, 6, 8])
            {
                if (random.NextDouble() < corrupt)
                {
                    cells[c] = Corrupt(cells[c], c == 8 ? Uscc.Alphabet : c == 6 ? VinCharacters : "0123456789");
                    ok[c] = false;
                }
            }

            keys.Add(person[1]);
            cells[13] = DecoyId(random);
            cells[14] = DecoyMobile(random);
            cells[15] = DecoyCard(random);
            cells[16] = random.Next(1, 100000).ToString(CultureInfo.InvariantCulture) + "." + random.Next(100).ToString("D2", CultureInfo.InvariantCulture);
            cells[17] = "SO" + DateOnly.FromDayNumber(738000 + random.Next(700)).ToString("yyyyMMdd", CultureInfo.InvariantCulture) + random.Next(1_000_000).ToString("D6", CultureInfo.InvariantCulture);
            table.Add(cells);
            valid.Add(ok);
        }

        return new SyntheticCorpus(seed, columns, truth, table, valid, keys.Count);
    }

    /// <summary>The table as CSV text (RFC 4180 quoting).</summary>
    public string ToCsv()
    {
        var text = new StringBuilder();
        text.AppendJoin(',', Columns.Select(Quote)).Append('\n');
        foreach (var row in Rows)
        {
            text.AppendJoin(',', row.Select(Quote)).Append('\n');
        }

        return text.ToString();

        static string Quote(string value) => value.AsSpan().IndexOfAny(",\"\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>The labels as JSON: each column's true type, and every cell that is not a valid value of it.</summary>
    public string ToLabelsJson()
    {
        var invalid = new List<object>();
        for (var r = 0; r < Rows.Count; r++)
        {
            for (var c = 0; c < Columns.Length; c++)
            {
                if (Truth[c] is not null && !Valid[r][c])
                {
                    invalid.Add(new { row = r + 1, column = Columns[c], value = Rows[r][c] });
                }
            }
        }

        var labels = new
        {
            generator = "tests/Chujing.Scanning.Tests/Corpus/SyntheticCorpus.cs",
            seed = Seed,
            rows = Rows.Count,
            distinctPersons = DistinctPersons,
            columns = Columns.Select((name, c) => new { name, truth = Truth[c] }),
            invalidCells = invalid,
        };
        return System.Text.Json.JsonSerializer.Serialize(labels, LabelJson) + "\n";
    }

    private static readonly System.Text.Json.JsonSerializerOptions LabelJson = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static string[] NewPerson(Random random, int n)
    {
        var year = random.Next(1950, 2006);
        var month = random.Next(1, 13);
        var day = random.Next(1, 29);
        var idBody = Regions[random.Next(Regions.Length)] + year.ToString("D4", CultureInfo.InvariantCulture) + month.ToString("D2", CultureInfo.InvariantCulture)
            + day.ToString("D2", CultureInfo.InvariantCulture) + random.Next(1000).ToString("D3", CultureInfo.InvariantCulture);
        string[] mobilePrefixes = ["130", "135", "138", "139", "150", "158", "166", "176", "180", "186", "199"];
        string[] cities = ["北京市朝阳区", "上海市浦东新区", "广东省深圳市南山区", "浙江省杭州市西湖区", "四川省成都市武侯区"];
        return
        [
            Surnames[random.Next(Surnames.Length)] + string.Concat(Enumerable.Range(0, random.Next(1, 3)).Select(_ => Given[random.Next(Given.Length)])),
            idBody + IdCheck(idBody),
            mobilePrefixes[random.Next(mobilePrefixes.Length)] + random.Next(100_000_000).ToString("D8", CultureInfo.InvariantCulture),
            LuhnComplete((random.Next(2) == 0 ? "622202" : "621700") + Digits(random, random.Next(2) == 0 ? 9 : 12)),
            "user" + n.ToString(CultureInfo.InvariantCulture) + "@" + (random.Next(2) == 0 ? "qq.com" : "example.com.cn"),
            Vin(random),
            string.Concat("京沪粤苏浙"[random.Next(5)], "ABCDEFGH"[random.Next(8)], random.Next(3) == 0 ? "D" + Digits(random, 5) : Digits(random, 5)),
            UsccCode(random),
            cities[random.Next(cities.Length)] + "人民路" + random.Next(1, 999).ToString(CultureInfo.InvariantCulture) + "号" + random.Next(1, 30).ToString(CultureInfo.InvariantCulture) + "栋",
            year.ToString("D4", CultureInfo.InvariantCulture) + "-" + month.ToString("D2", CultureInfo.InvariantCulture) + "-" + day.ToString("D2", CultureInfo.InvariantCulture),
            (18 + (random.NextDouble() * 35)).ToString("F6", CultureInfo.InvariantCulture) + "," + (73 + (random.NextDouble() * 62)).ToString("F6", CultureInfo.InvariantCulture),
            random.Next(1, 224).ToString(CultureInfo.InvariantCulture) + "." + random.Next(256).ToString(CultureInfo.InvariantCulture) + "." + random.Next(256).ToString(CultureInfo.InvariantCulture) + "." + random.Next(1, 255).ToString(CultureInfo.InvariantCulture),
        ];
    }

    private static string Digits(Random random, int count) => string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + random.Next(10))));

    private static char IdCheck(string body) => "10X98765432"[Enumerable.Range(0, 17).Sum(i => (body[i] - '0') * IdWeights[i]) % 11];

    private static string DecoyId(Random random)
    {
        var body = Regions[random.Next(Regions.Length)] + random.Next(1960, 2005).ToString(CultureInfo.InvariantCulture) + random.Next(1, 13).ToString("D2", CultureInfo.InvariantCulture)
            + random.Next(1, 29).ToString("D2", CultureInfo.InvariantCulture) + random.Next(1000).ToString("D3", CultureInfo.InvariantCulture);
        var right = IdCheck(body);
        var wrong = "0123456789".Where(c => c != right).ElementAt(random.Next(right == 'X' ? 10 : 9));
        return body + wrong;
    }

    private static string DecoyMobile(Random random)
    {
        string[] prefixes = ["100", "110", "120", "140", "141", "154", "160", "169", "179", "194"];
        return prefixes[random.Next(prefixes.Length)] + Digits(random, 8);
    }

    private static string DecoyCard(Random random)
    {
        var card = LuhnComplete("622202" + Digits(random, 12));
        return card[..^1] + (char)('0' + ((card[^1] - '0' + 1 + random.Next(9)) % 10));
    }

    private static string LuhnComplete(string prefix)
    {
        var sum = 0;
        for (var i = 0; i < prefix.Length; i++)
        {
            var d = prefix[prefix.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                d *= 2;
                d = d > 9 ? d - 9 : d;
            }

            sum += d;
        }

        return prefix + (char)('0' + ((10 - (sum % 10)) % 10));
    }

    private static string Vin(Random random)
    {
        var chars = new char[17];
        chars[0] = 'L';
        chars[1] = "SFGB"[random.Next(4)];
        chars[2] = "VWA"[random.Next(3)];
        for (var i = 3; i < 17; i++)
        {
            chars[i] = VinCharacters[random.Next(VinCharacters.Length)];
        }

        chars[9] = "ABCDEFGHJKLMNPRSTVWXY"[random.Next(21)];
        int[] weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Transliterate(chars[i]) * weights[i];
        }

        chars[8] = sum % 11 == 10 ? 'X' : (char)('0' + (sum % 11));
        return new string(chars);
    }

    private static int Transliterate(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'H' => c - 'A' + 1,
        >= 'J' and <= 'N' => c - 'J' + 1,
        'P' => 7,
        'R' => 9,
        _ => c - 'S' + 2,
    };

    private static string UsccCode(Random random)
    {
        var body = "91" + Regions[random.Next(Regions.Length)] + string.Concat(Enumerable.Range(0, 9).Select(_ => Uscc.Alphabet[random.Next(Uscc.Alphabet.Length)]));
        return body + Uscc.CheckCharacter(body);
    }

    /// <summary>Changes one character so that the check fails (the detector then says none or suspect, never match).</summary>
    private static string Corrupt(string value, string alphabet)
    {
        // Swapping the check character for another one always breaks a single-check-character code.
        var last = value[^1];
        var replacement = alphabet[(alphabet.IndexOf(last, StringComparison.Ordinal) + 1) % alphabet.Length];
        return value[..^1] + replacement;
    }
}
