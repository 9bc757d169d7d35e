namespace Chujing.Web.Documents;

/// <summary>One of a filing's documents as <c>GET /api/filings/{id}/documents</c> lists it.</summary>
/// <param name="Name">File name without extension (<c>filing-form</c>, <c>contract-annex</c>, …).</param>
/// <param name="Title">Chinese title.</param>
/// <param name="TitleEn">English title.</param>
/// <param name="RequiredBy">The document or article that asks for it.</param>
/// <param name="ToComplete">How many items the user must still add (signatures, measures, findings).</param>
/// <param name="Docx">Where to download it as Word.</param>
/// <param name="Pdf">Where to download it as PDF.</param>
public sealed record DocumentEntry(string Name, string Title, string TitleEn, string RequiredBy, int ToComplete, string Docx, string Pdf);
