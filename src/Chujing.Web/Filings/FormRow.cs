namespace Chujing.Web.Filings;

/// <summary>One row of the printable filing form: its Chinese and English labels, the value as text, and as a number when it is a count.</summary>
public sealed record FormRow(string Label, string LabelEn, string Value, long? Number = null);
