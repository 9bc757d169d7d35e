namespace Chujing.Persistence.Consistency;

/// <summary>
/// One distinct person (by keyed hash) sent abroad under one filing in a calendar year: what a filing's own
/// <c>persons</c> figures are compared with. The primary key makes a person count once per filing, year and kind.
/// </summary>
public class FilingPersonKey
{
    public string FilingId { get; set; } = string.Empty;

    public int Year { get; set; }

    public bool Sensitive { get; set; }

    public string KeyHash { get; set; } = string.Empty;
}
