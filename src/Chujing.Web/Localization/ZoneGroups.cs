using Chujing.Persistence.Processors;

namespace Chujing.Web.Localization;

/// <summary>Names of the Beijing FTZ zone groups for people (大兴, Daxing) instead of their ids (<c>daxing</c>).</summary>
public static class ZoneGroups
{
    /// <summary>The group's Chinese (or English) name, or the id when it is not one of the seven.</summary>
    public static string Name(string id, bool english) =>
        ZoneGroup.Beijing.FirstOrDefault(z => z.Id == id) is { } z ? (english ? z.NameEn : z.Name) : id;

    /// <summary>大兴 Daxing for <c>daxing</c>: Chinese with English beside; 全市 City for a check of the whole city (no group).</summary>
    public static string Both(string? id) => id is null ? "全市 City" : Name(id, english: false) + " " + Name(id, english: true);
}
