namespace Chujing.Domain.SpotChecks;

/// <summary>Why a filing's check came out as it did, in one sentence: Chinese first, English beside it.</summary>
public sealed record SeverityReason
{
    public SeverityReason(string zh, string en)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(zh);
        ArgumentException.ThrowIfNullOrWhiteSpace(en);
        Zh = zh;
        En = en;
    }

    public string Zh { get; }

    public string En { get; }

    /// <summary>Both languages, as a person reads them: "中文 · English".</summary>
    public string Both => $"{Zh} · {En}";
}
