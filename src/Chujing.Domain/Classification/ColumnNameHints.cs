namespace Chujing.Domain.Classification;

/// <summary>
/// What a column's name says about its content, in Chinese and English (身份证号, 证件号码, id_card, idno, 手机号,
/// mobile, 银行卡号…). Chinese hints match anywhere in the name; English hints match a whole word of it
/// (snake_case, camelCase and Chinese/Latin boundaries split words), two neighbouring words (<c>customerIdNo</c> →
/// <c>idno</c>) or, when five letters or longer, anywhere in the name with separators removed (<c>id_card</c> → <c>idcard</c>).
/// </summary>
public static class ColumnNameHints
{
    private const string ResidentId = "cn-resident-id";
    private const string Passport = "cn-passport";
    private const string Permit = "cn-travel-permit";
    private const string Mobile = "cn-mobile";
    private const string Card = "bank-card";
    private const string Email = "email";
    private const string Vin = "vin";
    private const string Plate = "cn-license-plate";
    private const string Uscc = "uscc";
    private const string Geo = "geo-coordinate";
    private const string Ip = "ip-address";
    private const string Birth = "date-of-birth";
    private const string Name = "person-name";
    private const string Address = "address";

    private static readonly (string Hint, string[] Types)[] Chinese =
    [
        ("身份证", [ResidentId]), ("公民身份号码", [ResidentId]), ("证件号", [ResidentId, Passport, Permit]), ("证件号码", [ResidentId, Passport, Permit]),
        ("手机", [Mobile]), ("电话", [Mobile]), ("联系方式", [Mobile, Email]), ("银行卡", [Card]), ("卡号", [Card]), ("银行账号", [Card]),
        ("账户号", [Card]), ("邮箱", [Email]), ("电子邮件", [Email]), ("车架号", [Vin]), ("车辆识别", [Vin]), ("车牌", [Plate]),
        ("护照", [Passport]), ("通行证", [Permit]), ("信用代码", [Uscc]), ("经纬度", [Geo]), ("纬度", [Geo]), ("经度", [Geo]), ("坐标", [Geo]), ("定位", [Geo]),
        ("位置", [Geo]), ("出生", [Birth]), ("生日", [Birth]), ("姓名", [Name]), ("名字", [Name]), ("联系人", [Name]), ("收货人", [Name]),
        ("收件人", [Name]), ("持卡人", [Name]), ("地址", [Address]), ("住址", [Address]), ("住所", [Address]),
    ];

    private static readonly (string Hint, string[] Types)[] English =
    [
        ("idcard", [ResidentId]), ("idno", [ResidentId]), ("idnumber", [ResidentId]), ("identity", [ResidentId]), ("sfz", [ResidentId]),
        ("sfzh", [ResidentId]), ("citizenid", [ResidentId]), ("passport", [Passport]), ("permit", [Permit]), ("mobile", [Mobile]),
        ("phone", [Mobile]), ("tel", [Mobile]), ("msisdn", [Mobile]), ("sjh", [Mobile]), ("bankcard", [Card]), ("cardno", [Card]),
        ("cardnumber", [Card]), ("cardnum", [Card]), ("pan", [Card]), ("email", [Email]), ("mail", [Email]), ("vin", [Vin]),
        ("vincode", [Vin]), ("plate", [Plate]), ("plateno", [Plate]), ("licenseplate", [Plate]), ("uscc", [Uscc]), ("creditcode", [Uscc]),
        ("location", [Geo]), ("coordinate", [Geo]), ("coordinates", [Geo]), ("latlng", [Geo]), ("lnglat", [Geo]), ("latlon", [Geo]), ("lat", [Geo]), ("lng", [Geo]), ("lon", [Geo]), ("latitude", [Geo]), ("longitude", [Geo]),
        ("gps", [Geo]), ("geo", [Geo]), ("ip", [Ip]), ("ipaddr", [Ip]), ("ipaddress", [Ip]), ("birth", [Birth]), ("birthday", [Birth]),
        ("birthdate", [Birth]), ("dob", [Birth]), ("fullname", [Name]), ("realname", [Name]), ("customername", [Name]),
        ("personname", [Name]), ("contactname", [Name]), ("holdername", [Name]), ("cardholder", [Name]), ("firstname", [Name]),
        ("lastname", [Name]), ("xingming", [Name]), ("xm", [Name]), ("address", [Address]), ("addr", [Address]),
    ];

    /// <summary>The type ids the name hints at, strongest hint first; empty when it hints at nothing.</summary>
    public static IReadOnlyList<string> TypesFor(string columnName)
    {
        ArgumentNullException.ThrowIfNull(columnName);
        var types = new List<string>();
        foreach (var (hint, hinted) in Chinese)
        {
            if (columnName.Contains(hint, StringComparison.Ordinal))
            {
                AddAll(types, hinted);
            }
        }

        var words = Words(columnName);
        var joined = string.Concat(words);
        if (joined == "name" || words is ["name"])
        {
            AddAll(types, [Name]);
        }

        foreach (var (hint, hinted) in English)
        {
            if (words.Contains(hint) || joined == hint || (hint.Length >= 5 && joined.Contains(hint, StringComparison.Ordinal)) || AdjacentPair(words, hint))
            {
                AddAll(types, hinted);
            }
        }

        return types;
    }

    /// <summary>Lower-case ASCII words of a name: split at separators, case changes and Chinese/Latin boundaries.</summary>
    private static List<string> Words(string name)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var c = i < name.Length ? name[i] : ' ';
            var isAscii = char.IsAsciiLetterOrDigit(c);
            var boundary = !isAscii || (start >= 0 && char.IsAsciiLetterUpper(c) && char.IsAsciiLetterLower(name[i - 1]));
            if (boundary && start >= 0)
            {
                words.Add(name[start..i].ToLowerInvariant());
                start = -1;
            }

            if (isAscii && start < 0)
            {
                start = i;
            }
        }

        return words;
    }

    /// <summary>True when two neighbouring words spell the hint (customer_id_no → id + no = idno).</summary>
    private static bool AdjacentPair(List<string> words, string hint)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i].Length + words[i + 1].Length == hint.Length && hint.StartsWith(words[i], StringComparison.Ordinal) && hint.EndsWith(words[i + 1], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddAll(List<string> types, string[] hinted)
    {
        foreach (var t in hinted)
        {
            if (!types.Contains(t))
            {
                types.Add(t);
            }
        }
    }
}
