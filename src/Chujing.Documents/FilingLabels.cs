using Chujing.Domain.Filings;

namespace Chujing.Documents;

/// <summary>How the documents label a filing's codes, so that the API and <c>chujing documents</c> write the same words.</summary>
public static class FilingLabels
{
    /// <summary>The status as a reader sees it, Chinese first (已通过 Approved).</summary>
    public static string Status(FilingStatus status) => status switch
    {
        FilingStatus.Draft => "草稿 Draft",
        FilingStatus.Submitted => "已提交 Submitted",
        FilingStatus.UnderReview => "审核中 Under review",
        FilingStatus.Approved => "已通过 Approved",
        FilingStatus.ReturnedForCorrection => "退回补正 Returned for correction",
        FilingStatus.Rejected => "不予通过 Rejected",
        FilingStatus.Revoked => "已撤销 Revoked",
        FilingStatus.Expired => "已过期 Expired",
        FilingStatus.Suspended => "已暂停 Suspended",
        _ => FilingNames.Of(status),
    };

    /// <summary>A zone group by its names (大兴组团 Daxing（daxing）).</summary>
    public static string ZoneGroup(string id, string name, string nameEn) => $"{name}组团 {nameEn}（{id}）";
}
