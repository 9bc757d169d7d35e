using Chujing.Documents;
using Chujing.Documents.Model;
using Chujing.Documents.Rendering;
using Chujing.Domain.Diagnostics;
using Chujing.Web.Access;
using Chujing.Web.Editions;
using Chujing.Web.Filings;

namespace Chujing.Web.Documents;

/// <summary>
/// A filing's documents for the API and the filing page: read through <see cref="FilingService"/>, so that whoever
/// may not see the filing gets "not found" for its documents too; DOCX rendered in process, PDF by Chromium.
/// </summary>
public sealed class DocumentService(FilingService filings, PlatformCatalogs catalogs, ChromiumPdfPrinter printer)
{
    /// <summary>The formats a document downloads in.</summary>
    public static readonly IReadOnlyList<string> Formats = ["docx", "pdf"];

    /// <summary>The filing's documents, or not found.</summary>
    public async Task<Result<IReadOnlyList<DocumentEntry>>> ListAsync(Caller caller, string id, CancellationToken ct)
    {
        var materials = await MaterialsAsync(caller, id, ct).ConfigureAwait(false);
        return materials.IsSuccess
            ? Result<IReadOnlyList<DocumentEntry>>.Success([.. materials.Value.Select(m => Entry(id, m))])
            : materials.Error!;
    }

    /// <summary>One document's bytes, content type and file name; not found for an unknown name, format or filing.</summary>
    /// <exception cref="EnvironmentFailureException">A PDF was asked for and Chromium is missing or failed.</exception>
    public async Task<Result<(byte[] Bytes, string ContentType, string FileName)>> RenderAsync(Caller caller, string id, string name, string format, CancellationToken ct)
    {
        var materials = await MaterialsAsync(caller, id, ct).ConfigureAwait(false);
        if (!materials.IsSuccess)
        {
            return materials.Error!;
        }

        if (materials.Value.FirstOrDefault(m => m.Name == name) is not { } material || !Formats.Contains(format))
        {
            return new NotFoundError($"filing {id} has no document '{name}.{format}'; GET /api/filings/{id}/documents lists them");
        }

        var fileName = $"{id}-{material.Name}.{format}";
        return format == "docx"
            ? (DocxRenderer.Render(material), DocxRenderer.ContentType, fileName)
            : (await printer.PrintAsync(HtmlRenderer.Render(material), ct).ConfigureAwait(false), ChromiumPdfPrinter.ContentType, fileName);
    }

    private async Task<Result<IReadOnlyList<FilingMaterial>>> MaterialsAsync(Caller caller, string id, CancellationToken ct)
    {
        var filing = await filings.GetAsync(caller, id, ct).ConfigureAwait(false);
        return filing.IsSuccess
            ? Result<IReadOnlyList<FilingMaterial>>.Success(FilingMaterials.For(filing.Value.ToFacts(), catalogs.Find(filing.Value.ListEdition)))
            : filing.Error!;
    }

    private static DocumentEntry Entry(string id, FilingMaterial m)
    {
        var baseUrl = $"/api/filings/{Uri.EscapeDataString(id)}/documents/{m.Name}";
        var gaps = m.Sections.Sum(s => s.Gaps.Count() + s.Blocks.OfType<FactTableBlock>().Sum(t => t.Rows.Count(r => r.IsGap)));
        return new DocumentEntry(m.Name, m.Title, m.TitleEn, m.RequiredBy, gaps, baseUrl + ".docx", baseUrl + ".pdf");
    }
}
