namespace Chujing.Web.Processors;

/// <summary>A registered processor as the API returns it.</summary>
public sealed record ProcessorView(
    int Id,
    string Uscc,
    string Name,
    string ZoneGroup,
    bool Ciio,
    bool ListApproved,
    string ContactName,
    string ContactEmail,
    string ContactPhone,
    DateTimeOffset RegisteredAt);
