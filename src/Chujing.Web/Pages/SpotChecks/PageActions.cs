using Chujing.Domain.Diagnostics;
using Chujing.Web.Problems;
using Microsoft.AspNetCore.Mvc;

namespace Chujing.Web.Pages.SpotChecks;

/// <summary>Runs a page's change and turns bad input into the form's message (Chinese, naming the field), 404 into NotFound.</summary>
internal static class PageActions
{
    public static async Task<(IActionResult? Result, string? Error)> TryAsync(Func<Task> change, Func<IActionResult> done)
    {
        try
        {
            await change().ConfigureAwait(false);
            return (done(), null);
        }
        catch (InvalidInputException e)
        {
            return (null, "请检查：" + string.Join("；", e.Diagnostics.Select(d => d.ToString())));
        }
        catch (AccessDeniedException e)
        {
            return (null, "无权执行：" + e.Message);
        }
        catch (ResourceNotFoundException)
        {
            return (new NotFoundResult(), null);
        }
    }
}
