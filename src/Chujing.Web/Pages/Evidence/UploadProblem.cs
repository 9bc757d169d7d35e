namespace Chujing.Web.Pages.Evidence;

/// <summary>One problem of an uploaded events file: its 1-based line (0 for the whole file) and what is wrong, as a person reads it.</summary>
public sealed record UploadProblem(int Line, string Message);
