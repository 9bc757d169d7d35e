namespace Chujing.Documents.Model;

/// <summary>One row of a label–value table: the Chinese label, the English label, and the value from the filing.</summary>
/// <remarks>An empty value is drawn as a gap to fill (<see cref="ToCompleteBlock"/>'s style), never as a made-up value.</remarks>
public sealed record FactRow
{
    public FactRow(string label, string labelEn, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        ArgumentNullException.ThrowIfNull(labelEn);
        ArgumentNullException.ThrowIfNull(value);
        Label = label;
        LabelEn = labelEn;
        Value = value;
    }

    public string Label { get; }

    public string LabelEn { get; }

    public string Value { get; }

    /// <summary>True when the filing does not give the value: the user must add it.</summary>
    public bool IsGap => Value.Length == 0;
}
