using System.ComponentModel.DataAnnotations;
using Chujing.Domain.Filings;

namespace Chujing.Web.Applications;

/// <summary>The body of <c>POST /api/applications</c>.</summary>
public sealed record ListApplicationRequest([MaxLength(InputLimits.Identifier)] string? ListEdition, [MaxLength(InputLimits.Text)] string? Statement);
