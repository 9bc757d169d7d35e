namespace Chujing.Documents.Model;

/// <summary>One block of a section, as every renderer draws it: text, a subheading, a table, or a gap the user fills.</summary>
public abstract record DocumentBlock;
