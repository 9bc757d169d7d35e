using System.Text.Json;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Serialization;
using Chujing.Domain.SpotChecks;
using Chujing.Web.Access;
using Chujing.Web.Localization;
using Chujing.Web.SpotChecks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.SpotChecks;

/// <summary>One spot check: its population hash and plan, the draw (with the parties' seed parts), the sample, the run and its findings.</summary>
[Authorize(Policy = Permissions.SpotChecksRead)]
public sealed class DetailsModel(SpotCheckService checks, FindingService findings, PayloadService payloads, IAuthorizationService authorization, Chujing.Web.Processors.ProcessorService processors) : PageModel
{
    /// <summary>The forms' own labels for the fields the services name.</summary>
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["seed"] = "spot.seed-parts",
        ["contributions"] = "spot.seed-parts",
        ["recusals"] = "spot.recused",
        ["payload"] = "spot.payload",
        ["leaf"] = "spot.payload",
        ["body"] = "spot.payload",
    };

    public Caller Caller { get; private set; } = null!;

    public SpotCheckView Check { get; private set; } = null!;

    public IReadOnlyList<SampledFiling> Sample { get; private set; } = [];

    public IReadOnlyList<FindingView> Findings { get; private set; } = [];

    public string? Error { get; private set; }

    /// <summary>The names of the processors the caller may see, by USCC (the outcomes name processors by USCC).</summary>
    public IReadOnlyDictionary<string, string> ProcessorNames { get; private set; } = new Dictionary<string, string>();

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
                return Result<PayloadService.PayloadView>.Failure(Diagnostic.ForField(DiagnosticKind.Required, null, "payload", "choose a file to upload"));
            }

            await using var stream = payload.OpenReadStream();
            return await payloads.UploadAsync(c, id, leaf, stream, ct).ConfigureAwait(false);
        }, ct);

    private async Task<IActionResult> ChangeAsync<T>(string id, string permission, Func<Caller, Task<Result<T>>> change, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, permission).ConfigureAwait(false)).Succeeded)
        {
            return Forbid();
        }

        var result = await change(Caller.From(User)).ConfigureAwait(false);
        return await result.ToPageAsync(this, _ => RedirectToPage(new { id }), problems =>
        {
            Error = FormMessages.Describe(problems, UiText.IsEnglish, Labels);
            return LoadAsync(id, ct);
        }).ConfigureAwait(false);
    }

    private async Task<IActionResult> LoadAsync(string id, CancellationToken ct)
    {
        Caller = Caller.From(User);
        var check = await checks.GetAsync(Caller, id, ct).ConfigureAwait(false);
        if (check.IsSuccess)
        {
            Findings = [.. (await findings.ListAsync(Caller, null, ct).ConfigureAwait(false)).Where(f => f.SpotCheck == id)];
            ProcessorNames = (await processors.ListAsync(Caller, ct).ConfigureAwait(false)).ToDictionary(p => p.Uscc, p => p.Name, StringComparer.Ordinal);
        }

        return await check.ToPageAsync(this, view =>
        {
            Check = view;
            Sample = view.Sample is { } s ? JsonSerializer.Deserialize<List<SampledFiling>>(s.GetRawText(), JsonConventions.Compact) ?? [] : [];
            return Page();
        }, _ => Task.FromResult<IActionResult>(NotFound())).ConfigureAwait(false);
    }
}
