using System.ComponentModel.DataAnnotations;
using Chujing.Domain.Filings;

namespace Chujing.Web.Filings;

/// <summary>The body of <c>POST /api/filings/{id}/{action}</c>: an optional note (required to return, reject or revoke).</summary>
public sealed record FilingActionBody([MaxLength(InputLimits.Text)] string? Note, int? Version = null);
