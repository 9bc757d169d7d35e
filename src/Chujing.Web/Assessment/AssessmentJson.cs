using System.Text.Json;
using Chujing.Domain.Serialization;

namespace Chujing.Web.Assessment;

/// <summary>
/// The JSON settings of <c>chujing assess --json</c>: the project's shared indented conventions, so that
/// <c>POST /api/assess</c> returns the same document byte for byte; a test compares the two.
/// </summary>
public static class AssessmentJson
{
    public static JsonSerializerOptions Options => JsonConventions.Indented;
}
