using Chujing.Persistence.Editions;

namespace Chujing.Web.Editions;

/// <summary>The spellings of <see cref="EditionApprovalKind"/> in the API.</summary>
public static class ApprovalKinds
{
    public const string ProvincialApproval = "provincial-approval";
    public const string NationalFiling = "national-filing";

    public static string ToName(EditionApprovalKind kind) => kind == EditionApprovalKind.ProvincialApproval ? ProvincialApproval : NationalFiling;

    public static EditionApprovalKind? Parse(string? text) => text switch
    {
        ProvincialApproval => EditionApprovalKind.ProvincialApproval,
        NationalFiling => EditionApprovalKind.NationalFiling,
        _ => null,
    };
}
