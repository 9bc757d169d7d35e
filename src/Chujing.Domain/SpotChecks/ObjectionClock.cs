using System.Globalization;
using Chujing.Domain.Diagnostics;

namespace Chujing.Domain.SpotChecks;

/// <summary>
/// The clocks of an objection (异议) to a rating, in days on the regulatory calendar (China Standard Time):
/// <list type="bullet">
/// <item>the enterprise objects to a finding's weight in its rating within <see cref="ObjectionDays"/> days of the
/// finding's notice — <b>platform policy</b>, set equal to the customs review period below (no source found gives an
/// enterprise's objection window for this regime);</item>
/// <item>the zone group decides within <see cref="ReviewDays"/> days of receiving it — the period customs gives itself to
/// review an objection to published credit information (《海关企业信用管理办法》第十条：海关应当自收到异议申请之日起20日内进行复核;
/// second-hand restatement, SUPERVISION-ANCHORS §3, S14), applied here by analogy.</item>
/// </list>
/// Both count as the Civil Code counts periods in days: the first day is not counted (《民法典》第二百零一条), and a
/// period whose last day is a public holiday or rest day ends on the next working day (第二百零三条), with the
/// holidays and adjusted working days of <see cref="WorkingDayCalendar"/>.
/// </summary>
public static class ObjectionClock
{
    /// <summary>Days the enterprise has to object (platform policy).</summary>
    public const int ObjectionDays = 20;

    /// <summary>Days the zone group has to decide (the customs review period, by analogy).</summary>
    public const int ReviewDays = 20;

    /// <summary>What grounds each clock, as the API and the pages print it.</summary>
    public const string ObjectionBasis = "平台政策：企业自问题通知之日起 20 日内提出异议（参照海关复核期限设定，未见本领域规定）· platform policy: object within 20 days of the finding's notice (set after the customs review period; no rule of this regime found)";

    /// <summary>What grounds the review clock.</summary>
    public const string ReviewBasis = "《海关企业信用管理办法》第十条：海关应当自收到异议申请之日起20日内进行复核（二手来源转述；此处类比适用）· customs reviews an objection within 20 days of receiving it (second-hand source; applied by analogy)";

    /// <summary>How the days are counted.</summary>
    public const string CountingBasis = "《民法典》第二百零一条、第二百零三条：开始的当日不计入；最后一日是法定休假日的，以休假日结束的次日为最后一日 · Civil Code arts. 201, 203";

    /// <summary>The last day of a period of <paramref name="days"/> days that starts on <paramref name="start"/>.</summary>
    public static DateOnly Deadline(DateOnly start, int days, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var last = start.AddDays(days);
        while (!calendar.IsWorkingDay(last))
        {
            last = last.AddDays(1);
        }

        return last;
    }

    /// <summary>
    /// The objection deadline for a finding notified on <paramref name="notified"/>, or, when <paramref name="today"/>
    /// is past it, a diagnostic on <c>finding</c> saying so in Chinese and English.
    /// </summary>
    public static Result<DateOnly> CheckInTime(string finding, DateOnly notified, DateOnly today, WorkingDayCalendar calendar)
    {
        var deadline = Deadline(notified, ObjectionDays, calendar);
        if (today <= deadline)
        {
            return Result<DateOnly>.Success(deadline);
        }

        return Result<DateOnly>.Failure(Diagnostic.ForField(null, "finding", string.Create(CultureInfo.InvariantCulture,
            $"异议期限已过：问题 {finding} 于 {notified:yyyy-MM-dd} 通知，异议应在 {ObjectionDays} 日内、即 {deadline:yyyy-MM-dd}（北京时间）前提出，今天是 {today:yyyy-MM-dd}，不再受理。 The objection period for finding {finding}, notified on {notified:yyyy-MM-dd}, ended on {deadline:yyyy-MM-dd} (China Standard Time); it is {today:yyyy-MM-dd}.")));
    }
}
