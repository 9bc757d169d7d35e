using System.Text.Json;
using Chujing.Domain.Serialization;
using Chujing.Domain.SpotChecks;
using Chujing.Web.Access;
using Chujing.Web.SpotChecks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.SpotChecks;

/// <summary>One spot check: its population hash and plan, the draw (with the parties' seed parts), the sample, the run and its findings.</summary>
[Authorize(Policy = Permissions.SpotChecksRead)]
public sealed class DetailsModel(SpotCheckService checks, FindingService findings, PayloadService payloads, IAuthorizationService authorization) : PageModel
{
    public Caller Caller { get; private set; } = null!;

    public SpotCheckView Check { get; private set; } = null!;

    public IReadOnlyList<SampledFiling> Sample { get; private set; } = [];

    public IReadOnlyList<FindingView> Findings { get; private set; } = [];

    public string? Error { get; private set; }

    public string? Message { get; private set; }

    public Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => LoadAsync(id, ct);

    public Task<IActionResult> OnPostDrawAsync(string id, string? group, string? city, string? witness, CancellationToken ct)
    {
        var parts = new[] { ("zone-group", group), ("city", city), ("enterprise-witness", witness) }
            .Where(p => !string.IsNullOrWhiteSpace(p.Item2)).Select(p => new SeedContribution(p.Item1, p.Item2)).ToList();
        return ChangeAsync(id, Permissions.SpotChecksManage, c => checks.DrawAsync(c, id, new DrawRequest(null, parts), ct), ct);
    }

    public Task<IActionResult> OnPostRunAsync(string id, CancellationToken ct) =>
        ChangeAsync(id, Permissions.SpotChecksManage, c => checks.RunAsync(c, id, ct), ct);

    public Task<IActionResult> OnPostRecuseAsync(string id, string filing, CancellationToken ct) =>
        ChangeAsync(id, Permissions.SpotChecksManage, c => checks.RecuseAsync(c, id, new RecusalRequest(filing), ct), ct);

    public Task<IActionResult> OnPostPayloadAsync(string id, long leaf, IFormFile? payload, CancellationToken ct) =>
        ChangeAsync(id, Permissions.SpotChecksProduce, async c =>
        {
            if (payload is null)
            {
                throw new Chujing.Domain.Diagnostics.InvalidInputException(Chujing.Domain.Diagnostics.Diagnostic.ForField(null, "数据原件 payload", "请选择文件"));
            }

            await using var stream = payload.OpenReadStream();
            return await payloads.UploadAsync(c, id, leaf, stream, ct).ConfigureAwait(false);
        }, ct);

    private async Task<IActionResult> ChangeAsync<T>(string id, string permission, Func<Caller, Task<T>> change, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, permission).ConfigureAwait(false)).Succeeded)
        {
            return Forbid();
        }

        var (result, error) = await PageActions.TryAsync(() => change(Caller.From(User)), () => RedirectToPage(new { id })).ConfigureAwait(false);
        if (result is not null)
        {
            return result;
        }

        Error = error;
        return await LoadAsync(id, ct).ConfigureAwait(false);
    }

    private async Task<IActionResult> LoadAsync(string id, CancellationToken ct)
    {
        Caller = Caller.From(User);
        IActionResult? missing = null;
        var (result, _) = await PageActions.TryAsync(async () => Check = await checks.GetAsync(Caller, id, ct).ConfigureAwait(false), () => Page()).ConfigureAwait(false);
        if (result is NotFoundResult)
        {
            return result;
        }

        Sample = Check.Sample is { } s ? JsonSerializer.Deserialize<List<SampledFiling>>(s.GetRawText(), JsonConventions.Compact) ?? [] : [];
        Findings = [.. (await findings.ListAsync(Caller, null, ct).ConfigureAwait(false)).Where(f => f.SpotCheck == id)];
        return missing ?? Page();
    }
}
