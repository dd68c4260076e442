using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;
using Xunit;

namespace DiplomacyData.Generator.Tests.Infrastructure;

/// <summary>
/// The library as the generator's output compiles it: its bytes and XML docs, its public surface,
/// and a way to run it, loaded into a throwaway context beside the copy the tests reference.
/// </summary>
internal sealed class CompiledLibrary
{
    private static readonly SymbolDisplayFormat ApiFormat = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters | SymbolDisplayGenericsOptions.IncludeTypeConstraints,
        memberOptions: SymbolDisplayMemberOptions.IncludeAccessibility | SymbolDisplayMemberOptions.IncludeModifiers | SymbolDisplayMemberOptions.IncludeType
            | SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeConstantValue,
        kindOptions: SymbolDisplayKindOptions.IncludeTypeKeyword | SymbolDisplayKindOptions.IncludeMemberKeyword,
        propertyStyle: SymbolDisplayPropertyStyle.ShowReadWriteDescriptor,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName | SymbolDisplayParameterOptions.IncludeDefaultValue | SymbolDisplayParameterOptions.IncludeParamsRefOut,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private CompiledLibrary(byte[] assembly, string documentation, IReadOnlyList<string> publicApi)
    {
        Assembly = assembly;
        Documentation = documentation;
        PublicApi = publicApi;
    }

    /// <summary>The assembly's bytes, as a deterministic build writes them.</summary>
    public byte[] Assembly { get; }

    /// <summary>The XML documentation file the build writes beside it.</summary>
    public string Documentation { get; }

    /// <summary>Every public or protected type and member, one line each, in ordinal order.</summary>
    public IReadOnlyList<string> PublicApi { get; }

    /// <summary>Emits the compilation (which must be free of errors) to memory.</summary>
    public static CompiledLibrary Emit(Compilation compilation)
    {
        using var peStream = new MemoryStream();
        using var xmlStream = new MemoryStream();
        var result = compilation.Emit(peStream, xmlDocumentationStream: xmlStream, options: new EmitOptions());
        Assert.True(result.Success, "The library does not compile: " + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return new CompiledLibrary(peStream.ToArray(), System.Text.Encoding.UTF8.GetString(xmlStream.ToArray()), PublicSurface(compilation.Assembly));
    }

    /// <summary>
    /// Loads the assembly into a collectible context and runs <paramref name="read"/> against it;
    /// what it returns must hold no object of the loaded assembly, so that the context can unload.
    /// </summary>
    public T Run<T>(Func<Assembly, T> read)
    {
        var context = new AssemblyLoadContext("DiplomacyData under test", isCollectible: true);
        try
        {
            using var stream = new MemoryStream(Assembly);
            return read(context.LoadFromStream(stream));
        }
        finally
        {
            context.Unload();
        }
    }

    private static IReadOnlyList<string> PublicSurface(IAssemblySymbol assembly)
    {
        var lines = new List<string>();
        Visit(assembly.GlobalNamespace);
        return lines.OrderBy(line => line, StringComparer.Ordinal).ToList();

        void Visit(INamespaceOrTypeSymbol container)
        {
            foreach (var member in container.GetMembers())
            {
                if (member is INamespaceSymbol ns)
                {
                    Visit(ns);
                }
                else if (member.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal && !member.IsImplicitlyDeclared)
                {
                    lines.Add(member.ToDisplayString(ApiFormat));
                    if (member is INamedTypeSymbol type)
                    {
                        Visit(type);
                    }
                }
            }
        }
    }
}
