using System.Net.Sockets;
using System.Net;
using System.Runtime.CompilerServices;

namespace Chujing.Domain.Detection;

/// <summary>IP addresses: dotted-quad IPv4 (0-255, no leading zeros) and IPv6 in any RFC 4291/5952 text form.</summary>
public sealed class IpAddressDetector : Detector
{
    public override string Id => "ip-address";

    public override string Rule => "IPv4 dotted quad or IPv6 text form";

    public override IReadOnlyList<string> MustMatch { get; } =
        ["192.168.1.1", "8.8.8.8", "255.255.255.255", "0.0.0.0", "2001:db8::1", "::1", "fe80::1ff:fe23:4567:890a", "::ffff:10.0.0.1"];

    public override IReadOnlyList<string> MustNotMatch { get; } =
        ["256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1..2.3", "12:30:00", "abc", "", "1.2.3.4a", "3.14", "2001:db8:::1"];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override DetectorMatch Detect(ReadOnlySpan<char> value)
    {
        if (value.Length is < 2 or > 45)
        {
            return DetectorMatch.None;
        }

        if (value.Contains(':'))
        {
            // Only cells that look like IPv6 reach the allocating BCL parser.
            return IPAddress.TryParse(value, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6 && value.IndexOf('%') < 0
                ? DetectorMatch.Match
                : DetectorMatch.None;
        }

        return IsIPv4(value) ? DetectorMatch.Match : DetectorMatch.None;
    }

    private static bool IsIPv4(ReadOnlySpan<char> value)
    {
        var parts = 0;
        while (true)
        {
            var dot = value.IndexOf('.');
            var part = dot < 0 ? value : value[..dot];
            if (part.Length is 0 or > 3 || (part.Length > 1 && part[0] == '0'))
            {
                return false;
            }

            var n = CalendarDate.Number(part);
            if (n is < 0 or > 255)
            {
                return false;
            }

            parts++;
            if (dot < 0)
            {
                return parts == 4;
            }

            if (parts == 4)
            {
                return false;
            }

            value = value[(dot + 1)..];
        }
    }
}
