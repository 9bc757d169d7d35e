using Chujing.Persistence;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.ArchitectureTests;

/// <summary>One shape per feature in the platform: pages call a service, never the database.</summary>
public sealed class WebTests
{
    [Fact]
    public void Pages_DoNotTakeTheDbContext()
    {
        var offenders = Assemblies.Web.GetTypes()
            .Where(t => typeof(PageModel).IsAssignableFrom(t))
            .Where(t => t.GetConstructors().Any(c => c.GetParameters().Any(p => typeof(ChujingDbContext).IsAssignableFrom(p.ParameterType))))
            .Select(t => t.FullName)
            .ToList();
        Assert.True(offenders.Count == 0, "pages that take ChujingDbContext: " + string.Join(", ", offenders));
    }
}
