namespace Chujing.Domain.Filings;

/// <summary>An overseas recipient (境外接收方) named in a filing.</summary>
/// <param name="Name">The recipient's legal name.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code of its country or region, upper case (e.g. <c>DE</c>, <c>HK</c>).</param>
public sealed record FilingRecipient(string Name, string Country);
