using System.ComponentModel.DataAnnotations;
using Chujing.Domain.Filings;

namespace Chujing.Web.Filings;

/// <summary>An overseas recipient in API JSON.</summary>
public sealed record RecipientBody([MaxLength(InputLimits.Name)] string Name, [MaxLength(2)] string Country);
