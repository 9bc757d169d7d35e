using System.ComponentModel.DataAnnotations;
using Chujing.Domain.Filings;

namespace Chujing.Web.Processors;

/// <summary>The body of <c>POST /api/processors</c>: registration of a processor with a zone group.</summary>
public sealed record ProcessorRequest(
    [property: MaxLength(18)] string? Uscc,
    [property: MaxLength(InputLimits.Name)] string? Name,
    [property: MaxLength(InputLimits.Identifier)] string? ZoneGroup,
    bool Ciio,
    [property: MaxLength(InputLimits.Name)] string? ContactName,
    [property: MaxLength(InputLimits.Contact)] string? ContactEmail,
    [property: MaxLength(InputLimits.Contact)] string? ContactPhone);
