namespace Chujing.Domain.SpotChecks;

/// <summary>
/// A processor's risk class, as the credit-risk classes of 国市监信发〔2022〕6号 (A low, B general, C higher, D high):
/// set by the platform's rating model and driving how likely its filings are to be drawn.
/// </summary>
public enum RiskClass
{
    A,
    B,
    C,
    D,
}
