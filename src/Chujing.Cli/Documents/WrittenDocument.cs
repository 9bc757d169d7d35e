namespace Chujing.Cli.Documents;

/// <summary>One file <c>chujing documents</c> wrote.</summary>
internal sealed record WrittenDocument(string Name, string Title, string TitleEn, string Format, string Path);
