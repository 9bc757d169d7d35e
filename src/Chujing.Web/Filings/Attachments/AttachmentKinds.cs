namespace Chujing.Web.Filings.Attachments;

/// <summary>What a filing's attachment is, with its label: the documents the pathways ask for.</summary>
public static class AttachmentKinds
{
    public const string StandardContract = "standard-contract";
    public const string PipiaReport = "pipia-report";
    public const string CacResult = "cac-result";

    /// <summary>Every kind in the order the picker shows them, with its Chinese and English label.</summary>
    public static IReadOnlyList<(string Id, string Zh, string En)> All { get; } =
    [
        (StandardContract, "个人信息出境标准合同", "Standard contract for the export of personal information"),
        (PipiaReport, "个人信息保护影响评估报告", "Personal information protection impact assessment (PIPIA) report"),
        (CacResult, "数据出境安全评估结果（网信部门）", "CAC security assessment result"),
    ];

    public static bool IsKind(string? kind) => All.Any(k => k.Id == kind);

    /// <summary>The label of <paramref name="kind"/>, or the text itself when it is not a kind.</summary>
    public static string Label(string kind, bool english) =>
        All.FirstOrDefault(k => k.Id == kind) is { Id: not null } k ? (english ? k.En : k.Zh) : kind;
}
