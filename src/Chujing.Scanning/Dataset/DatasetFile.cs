namespace Chujing.Scanning.Dataset;

/// <summary>One file of a dataset folder.</summary>
/// <param name="FullPath">Where it is.</param>
/// <param name="Display">The folder as given plus the path below it ('/' separated): the name reports use.</param>
/// <param name="Relative">The path below the folder.</param>
/// <param name="Partition">Its <c>key=value</c> folders, or null.</param>
public sealed record DatasetFile(string FullPath, string Display, string Relative, IReadOnlyDictionary<string, string>? Partition);
