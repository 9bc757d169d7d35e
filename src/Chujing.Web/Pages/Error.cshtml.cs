using Chujing.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages;

/// <summary>
/// The error page browsers get (status-code pages and exceptions are re-executed here): the status code kept, the
/// reason in Chinese with English beside, no details of the failure.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    /// <summary>The text key prefix of the code (<c>error.404</c>); unknown client errors read as 400, server errors as 500.</summary>
    public string Key { get; private set; } = "error.500";

    public IActionResult OnGet(int? code) => Show(code);

    public IActionResult OnPost(int? code) => Show(code);

    private PageResult Show(int? code)
    {
        Code = code is >= 400 and <= 599 ? code.Value : Response.StatusCode >= 400 ? Response.StatusCode : StatusCodes.Status404NotFound;
        Key = UiText.Has($"error.{Code}.title") ? $"error.{Code}" : Code < 500 ? "error.400" : "error.500";
        Response.StatusCode = Code;
        return Page();
    }
}
