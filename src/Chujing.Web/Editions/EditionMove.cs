using Chujing.Web.Filings;
using Chujing.Domain.Catalog;

namespace Chujing.Web.Editions;

/// <summary>A filing moved onto a new edition: the notice, the amended filing (re-assessed), and what changed between the editions.</summary>
public sealed record EditionMove(EditionNoticeView Notice, FilingView Filing, EditionDiff? Diff);
