using Chujing.Domain.Diagnostics;
using Chujing.Web.Access;
using Chujing.Web.Filings.Attachments;
using Chujing.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Chujing.Web.Pages.Filings;

/// <summary>The filing page's attachments: the list with downloads, the enterprise's upload form and removal.</summary>
public sealed partial class DetailsModel
{
    public IReadOnlyList<FilingAttachmentView> Attachments { get; private set; } = [];

    /// <summary>Why the last upload or removal was refused, in the UI's language, naming the form's label.</summary>
    public string? AttachmentError { get; private set; }

    /// <summary>True for the enterprise, which uploads and removes its filing's documents.</summary>
    public bool CanAttach => Caller.From(User).IsEnterprise;

    public async Task<IActionResult> OnPostAttachAsync(string id, string? kind, IFormFile? file, CancellationToken ct)
    {
        if (!await MayWriteAsync().ConfigureAwait(false))
        {
            return Forbid();
        }

        if (file is null || file.Length == 0)
        {
            AttachmentError = FormMessages.Describe(Diagnostic.ForField(null, AttachmentSniffer.Field, "choose a file to upload"), UiText.IsEnglish);
            return await LoadAsync(id, ct).ConfigureAwait(false);
        }

        await using var content = file.OpenReadStream();
        var result = await attachments.UploadAsync(Caller.From(User), id, kind, file.FileName, content, file.Length, ct).ConfigureAwait(false);
        return await result.ToPageAsync(this, _ => RedirectToPage(new { id }), problems => RefusedAsync(id, problems, ct)).ConfigureAwait(false);
    }

    public async Task<IActionResult> OnPostDetachAsync(string id, long attachment, CancellationToken ct)
    {
        if (!await MayWriteAsync().ConfigureAwait(false))
        {
            return Forbid();
        }

        var result = await attachments.DeleteAsync(Caller.From(User), id, attachment, ct).ConfigureAwait(false);
        return await result.ToPageAsync(this, _ => RedirectToPage(new { id }), problems => RefusedAsync(id, problems, ct)).ConfigureAwait(false);
    }

    // The same permission as the API's attachment and pathway writes: an official is refused (403) before anything is looked up.
    private async Task<bool> MayWriteAsync() =>
        (await authorization.AuthorizeAsync(User, Permissions.FilingsWrite).ConfigureAwait(false)).Succeeded;

    private Task<IActionResult> RefusedAsync(string id, IReadOnlyList<Diagnostic> problems, CancellationToken ct)
    {
        AttachmentError = FormMessages.Describe(problems, UiText.IsEnglish);
        return LoadAsync(id, ct);
    }
}
