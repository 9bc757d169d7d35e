namespace Chujing.Domain.SpotChecks;

/// <summary>One year of the holiday calendar: the notice, where it was read, its holidays and its adjusted working days.</summary>
public sealed record HolidayYear(int Year, string Notice, string Source, IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> Workdays);
