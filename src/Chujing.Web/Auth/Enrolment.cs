namespace Chujing.Web.Auth;

/// <summary>What an authenticator app needs: the shared key (spaced in groups of four), its <c>otpauth://</c> URI and that URI as a QR code (SVG).</summary>
public sealed record Enrolment(string SharedKey, string AuthenticatorUri, string QrSvg);
