using Chujing.Domain.SpotChecks;

namespace Chujing.Web.SpotChecks;

/// <summary>Severity spellings (<c>serious</c>, <c>major</c>, <c>general</c>) and their Chinese labels.</summary>
public static class FindingNames
{
    public static string Of(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Serious => "serious",
        FindingSeverity.Major => "major",
        _ => "general",
    };

    public static FindingSeverity? ParseSeverity(string? text) => text switch
    {
        "serious" => FindingSeverity.Serious,
        "major" => FindingSeverity.Major,
        "general" => FindingSeverity.General,
        _ => null,
    };

    /// <summary>严重 / 主要 / 一般.</summary>
    public static string Label(string? severity) => severity switch
    {
        "serious" => "严重 Serious",
        "major" => "主要 Major",
        "general" => "一般 General",
        _ => "无问题 Clean",
    };

    /// <summary>The Chinese label of a finding status.</summary>
    public static string StatusLabel(string status) => status switch
    {
        SpotCheckStatus.Open => "待整改 Open",
        SpotCheckStatus.RectificationSubmitted => "已提交整改 Rectification submitted",
        SpotCheckStatus.RecheckPending => "待复查 Re-check pending",
        SpotCheckStatus.Closed => "已关闭 Closed",
        SpotCheckStatus.Escalated => "已升级 Escalated",
        SpotCheckStatus.Planned => "已计划 Planned",
        SpotCheckStatus.Drawn => "已抽取 Drawn",
        SpotCheckStatus.Finished => "已完成 Finished",
        _ => status,
    };
}
