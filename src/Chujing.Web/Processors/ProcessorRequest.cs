using System.ComponentModel.DataAnnotations;
using Chujing.Domain.Filings;

namespace Chujing.Web.Processors;

/// <summary>The body of <c>POST /api/processors</c>: registration of a processor with a zone group.</summary>
public sealed record ProcessorRequest(
    [MaxLength(18)] string? Uscc,
    [MaxLength(InputLimits.Name)] string? Name,
    [MaxLength(InputLimits.Identifier)] string? ZoneGroup,
    bool Ciio,
    [MaxLength(InputLimits.Name)] string? ContactName,
    [MaxLength(InputLimits.Contact)] string? ContactEmail,
    [MaxLength(InputLimits.Contact)] string? ContactPhone);
