using Chujing.Persistence;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.ArchitectureTests;

/// <summary>One shape per feature in the platform: pages call a service, never the database.</summary>
public sealed class WebTests
{
    // A ratchet: the spot-check and findings pages still read the database themselves; moving their queries into
    // SpotCheckService and FindingService takes them off this list. No page may be added to it.
    private static readonly HashSet<string?> KnownOffenders =
    [
        "Chujing.Web.Pages.SpotChecks.IndexModel",
        "Chujing.Web.Pages.Findings.IndexModel",
    ];

    [Fact]
    public void Pages_DoNotTakeTheDbContext()
    {
        var offenders = Assemblies.Web.GetTypes()
            .Where(t => typeof(PageModel).IsAssignableFrom(t))
            .Where(t => t.GetConstructors().Any(c => c.GetParameters().Any(p => typeof(ChujingDbContext).IsAssignableFrom(p.ParameterType))))
            .Select(t => t.FullName)
            .Where(name => !KnownOffenders.Contains(name))
            .ToList();
        Assert.True(offenders.Count == 0, "pages that take ChujingDbContext: " + string.Join(", ", offenders));
    }
}
