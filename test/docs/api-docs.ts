/**
 * Reads the public API's doc comments with the TypeScript compiler, for the documentation tests.
 */
import ts from 'typescript';
import { fileURLToPath } from 'node:url';

export interface DocumentedExport {
  readonly name: string;
  /** function, class, value (a const) or type (interface / type alias). */
  readonly kind: 'function' | 'class' | 'value' | 'type';
  readonly file: string;
  readonly summary: string;
  readonly parameters: readonly string[];
  readonly tags: readonly { readonly name: string; readonly text: string }[];
}

const INDEX = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

function kindOf(declaration: ts.Declaration): DocumentedExport['kind'] {
  if (ts.isFunctionDeclaration(declaration)) return 'function';
  if (ts.isClassDeclaration(declaration)) return 'class';
  if (ts.isInterfaceDeclaration(declaration) || ts.isTypeAliasDeclaration(declaration)) return 'type';
  return 'value';
}

/**
 * Every export of src/index.ts with its doc comment. A name that is both a value and a type
 * (a zod schema and its inferred type) is reported as the value.
 */
export function documentedExports(): DocumentedExport[] {
  const program = ts.createProgram([INDEX], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(INDEX)!;
  const moduleSymbol = checker.getSymbolAtLocation(source)!;
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declarations = symbol.declarations ?? [];
    const declaration =
      declarations.find((d) => !ts.isInterfaceDeclaration(d) && !ts.isTypeAliasDeclaration(d)) ?? declarations[0]!;
    const kind = kindOf(declaration);
    const parameters = ts.isFunctionDeclaration(declaration) ? declaration.parameters.map((p) => p.name.getText()) : [];
    // The doc comment of the declaration chosen (for a schema: the const, not the type).
    const docs = ts.getJSDocCommentsAndTags(declaration).filter(ts.isJSDoc);
    const doc = docs[docs.length - 1];
    const summary = typeof doc?.comment === 'string' ? doc.comment : (doc?.comment?.map((c) => c.text).join('') ?? '');
    const tags = (doc?.tags ?? []).map((tag) => ({
      name: ts.isJSDocParameterTag(tag) ? `param:${tag.name.getText()}` : tag.tagName.text,
      text: typeof tag.comment === 'string' ? tag.comment : (tag.comment?.map((c) => ('text' in c ? c.text : '')).join('') ?? ''),
    }));
    return { name: exported.name, kind, file: declaration.getSourceFile().fileName, summary: summary.trim(), parameters, tags };
  });
}

/** The code of each ```ts block in an @example tag. */
export function exampleCode(text: string): string[] {
  return [...text.matchAll(/```(?:ts|typescript)?\n([\s\S]*?)```/g)].map((m) => m[1]!);
}
