export * from './boundaries';
export * from './geo-assets';
export * from './regions';
export * from './register';
