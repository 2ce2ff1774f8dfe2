/**
 * A segment trie compiled once from the contract's paths. Literal segments win over parameters, so
 * `/wholesale/customers/validate` is never read as a customer id.
 */
export interface RouteOperation {
  operationId: string;
  /** The contract path, e.g. `/wholesale/customers/{customerId}`. */
  pattern: string;
  method: string;
}

export type RouteMatch =
  | { kind: 'found'; operation: RouteOperation; params: Record<string, string> }
  | { kind: 'not_found' }
  | { kind: 'method_not_allowed'; allow: string[] };

interface TrieNode {
  literals: Map<string, TrieNode>;
  param?: { name: string; node: TrieNode };
  methods?: Map<string, RouteOperation>;
}

const newNode = (): TrieNode => ({ literals: new Map() });

function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

export interface Router {
  match(method: string, path: string): RouteMatch;
}

export function compileRouter(operations: readonly RouteOperation[]): Router {
  const root = newNode();
  for (const operation of operations) {
    let node = root;
    for (const segment of splitPath(operation.pattern)) {
      const param = /^\{(.+)\}$/.exec(segment)?.[1];
      if (param !== undefined) {
        node.param ??= { name: param, node: newNode() };
        node = node.param.node;
      } else {
        let next = node.literals.get(segment);
        if (!next) {
          next = newNode();
          node.literals.set(segment, next);
        }
        node = next;
      }
    }
    node.methods ??= new Map();
    node.methods.set(operation.method.toUpperCase(), operation);
  }
  // The last match of a path without parameters, by method and path: a run of requests to one
  // route (a client creating customers) skips the split and the walk. Its result is never changed.
  let last: { method: string; path: string; match: RouteMatch } | undefined;
  return {
    match(method, path) {
      if (last !== undefined && last.path === path && last.method === method) return last.match;
      const match = matchPath(root, method.toUpperCase(), splitPath(path));
      if (match.kind === 'found' && Object.keys(match.params).length === 0) last = { method, path, match };
      return match;
    },
  };
}

function findNode(
  node: TrieNode,
  segments: string[],
  index: number,
  params: Record<string, string>,
): TrieNode | undefined {
  if (index === segments.length) return node.methods ? node : undefined;
  const segment = segments[index] as string;
  const literal = node.literals.get(segment);
  const viaLiteral = literal && findNode(literal, segments, index + 1, params);
  if (viaLiteral) return viaLiteral;
  if (!node.param) return undefined;
  const found = findNode(node.param.node, segments, index + 1, params);
  if (found) params[node.param.name] = safeDecode(segment);
  return found;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function matchPath(root: TrieNode, method: string, segments: string[]): RouteMatch {
  const params: Record<string, string> = {};
  const node = findNode(root, segments, 0, params);
  if (!node?.methods) return { kind: 'not_found' };
  const operation = node.methods.get(method) ?? (method === 'HEAD' ? node.methods.get('GET') : undefined);
  if (!operation) return { kind: 'method_not_allowed', allow: [...node.methods.keys()] };
  return { kind: 'found', operation, params };
}
