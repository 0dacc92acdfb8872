import type { Plugin } from 'vite';
export interface EmbedBuild {
  version: string;
  integrity: Record<string, string> | undefined;
  why?: string;
}
export declare function embedBuild(rootDir?: string): EmbedBuild;
export declare function playgroundEmbed(): Plugin;
