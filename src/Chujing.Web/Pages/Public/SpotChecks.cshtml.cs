using Chujing.Domain.Serialization;
using Chujing.Domain.SpotChecks;
using Chujing.Web.SpotChecks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Public;

/// <summary>一公开: finished spot checks for anyone, without sign-in, with what it takes to re-derive each draw.</summary>
[AllowAnonymous]
public sealed class SpotChecksModel(PublicSpotChecks checks) : PageModel
{
    public IReadOnlyList<PublicSpotChecks.PublicCheck> Checks { get; private set; } = [];

    public static IReadOnlyList<SampledFiling> SampleOf(PublicSpotChecks.PublicCheck check) =>
        System.Text.Json.JsonSerializer.Deserialize<List<SampledFiling>>(check.Sample.GetRawText(), JsonConventions.Compact) ?? [];

    public async Task OnGetAsync(CancellationToken ct) => Checks = await checks.ChecksAsync(ct).ConfigureAwait(false);
}
