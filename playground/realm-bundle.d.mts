import type { Plugin } from 'vite';
export declare const REALM_FILE: string;
export declare function bundleRealm(): Promise<string>;
export declare function playgroundRealm(): Plugin;
