namespace Chujing.Web.Processors;

/// <summary>The body of <c>POST /api/processors</c>: registration of a processor with a zone group.</summary>
public sealed record ProcessorRequest(
    string? Uscc,
    string? Name,
    string? ZoneGroup,
    bool Ciio,
    string? ContactName,
    string? ContactEmail,
    string? ContactPhone);
