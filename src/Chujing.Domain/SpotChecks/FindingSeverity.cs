namespace Chujing.Domain.SpotChecks;

/// <summary>
/// The grading of findings, as NMPA grades inspection defects (严重 / 主要 / 一般: serious / major / general, risk
/// decreasing; SUPERVISION-ANCHORS §1.8). Ordered: a larger value is more severe.
/// </summary>
public enum FindingSeverity
{
    General,
    Major,
    Serious,
}
