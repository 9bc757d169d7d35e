namespace Chujing.Persistence.Processors;

/// <summary>One of the seven implementing groups (自贸组团) of the Beijing FTZ.</summary>
public class ZoneGroup
{
    /// <summary>Pinyin id, e.g. <c>daxing</c>.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Chinese name, e.g. 大兴.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>English name, e.g. Daxing.</summary>
    public string NameEn { get; set; } = string.Empty;

    /// <summary>The seven groups named by the Negative List Management Measures.</summary>
    public static IReadOnlyList<ZoneGroup> Beijing { get; } =
    [
        new() { Id = "chaoyang", Name = "朝阳", NameEn = "Chaoyang" },
        new() { Id = "haidian", Name = "海淀", NameEn = "Haidian" },
        new() { Id = "changping", Name = "昌平", NameEn = "Changping" },
        new() { Id = "tongzhou", Name = "通州", NameEn = "Tongzhou" },
        new() { Id = "shunyi", Name = "顺义", NameEn = "Shunyi" },
        new() { Id = "daxing", Name = "大兴", NameEn = "Daxing" },
        new() { Id = "yizhuang", Name = "亦庄", NameEn = "Yizhuang" },
    ];
}
