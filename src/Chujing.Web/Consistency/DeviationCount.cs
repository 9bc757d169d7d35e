namespace Chujing.Web.Consistency;

/// <summary>How many deviations a zone group has, by severity (the city's overview).</summary>
public sealed record DeviationCount(string ZoneGroup, string ZoneGroupName, int Serious, int Major, int General);
